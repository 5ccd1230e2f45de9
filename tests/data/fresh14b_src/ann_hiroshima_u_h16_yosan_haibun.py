from kinds import amt, cnt, date, fyr, trap, traps

DOC = "hiroshima_u_h16_yosan_haibun"
# 広島大学 (its 広大フォーラム, the financial vice-president's article) 平成十六年度予算配分について: the first year's budget
# of a new 国立大学法人 in prose with kanji numerals. `総収入…約五百七十四億円となる見込み` (the year's whole revenue budget,
# 運営費交付金 plus the university's own income), `財政規模は約六百億円` (with the research grants), `予算を五百七十四億円余として`:
# the body's whole budget, `budget` FY2004, traps (its size, not a programme: fresh7a 鳥取市's 財政規模, fresh13c's
# 予算規模); `余` gives at_least (fresh11b's 建設省 昭和31年). `今年度の単価は「実験」系六十万円、「非実験」系三十万円`: the
# per-teacher unit of the 基盤研究費 allocation, `support` FY2004 (blind audit), per null, traps (a per-recipient size).
# `十六年度` (era-less) no mention but sets the fy (fresh11b, fresh12d); `今年四月` a month of 2004; `二つの円グラフ` a count.
# Blind audit: the unit prices `support` (GUIDE: 研究費, per-person grants; the set's per-recipient shares are `support`);
# `五百七十四億円余` text `五百七十四億円` (`余` after the unit is a qualifier left out, as fresh7a's `395億4000万円余`).
B, S, FY = "budget", "support", 2004
W = ("the university's whole budget of the year (総収入 / 財政規模)", "the body's size, not a programme's budget")
U = ("a per-teacher unit price of the research allocation (単価)", "a per-recipient size, not a programme's budget")
M = [
    fyr(1, "平成十六年度", FY), date(5, "四月", "2004-04"), date(5, "平成十五年十月", "2003-10"),
    date(5, "平成十六年三月", "2004-03"),
    trap(amt(6, "五百七十四億円", 57400000000, role=B, fy=FY, q=("approx",)), *W),
    trap(amt(6, "六百億円", 60000000000, role=B, fy=FY, q=("approx",)), *W),
    cnt(6, "二つ", 2, "つ"),
    trap(amt(6, "五百七十四億円", 57400000000, None, role=B, fy=FY, q=("at_least",)), *W),
    trap(amt(6, "六十万円", 600000, role=S, fy=FY), *U),
    trap(amt(6, "三十万円", 300000, role=S, fy=FY), *U),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
