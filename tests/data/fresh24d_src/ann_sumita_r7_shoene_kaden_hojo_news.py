from kinds import amt, cnt, date, pct, trap, traps

DOC = "sumita_r7_shoene_kaden_hojo_news"
# 東海新報's article (dated on line 2 `令和8年2月15日付`) on 岩手県住田町's grant for buying energy-saving air conditioners
# and fridges. `最大で各5万円` and `計10万円を上限` are caps per household (`support`, at_most, min null), traps; the repeat
# `最大5万円ずつ` on line 6 the same cap, a trap too. `予算は500万円` is the programme's money: `budget`, a row, AMBIGUOUS,
# fy null with fy_alt 2025 (NEW: the paper is of FY2025 and the money is a 交付金 of that year, but the window runs to
# `9月30日` of 2026; no year is written beside it). Year-less days take the article's year and month: `16日` 2026-02-16,
# `9月30日(水)まで` null..2026-09-30 at_most, `今年12月28日(月)までの間` null..2026-12-28 at_most. `各1台まで` a count of
# 1 台, at_most (fresh23c's `10頭を上限`); `1世帯につき` a rate marker. `2027年度省エネ基準`, `2021年度省エネ基準` are the
# names of standards (NEW, arguable: a version label, GUIDE), no mentions; `達成率100%以上` percents at_least; `C9901`
# a code; `2分の1` a fraction; `1面` a page label.
S = "support"
AM = ("at_most",)
M = [
    date(2, "令和8年2月15日", "2026-02-15"),
    date(3, "16日", "2026-02-16"),
    trap(amt(3, "5万円", None, 50000, role=S, q=AM), "省エネ家電購入補助 各5万円", "a cap per appliance (support)"),
    trap(amt(3, "10万円", None, 100000, role=S, q=AM), "省エネ家電購入補助 計10万円を上限", "a cap per household (support)"),
    cnt(3, "1台", None, "台", 1, q=AM),
    date(3, "9月30日", None, "2026-09-30", q=AM),
    amt(3, "500万円", 5000000, role="budget"),
    pct(5, "100%", 100, None, q=("at_least",)),
    pct(5, "100%", 100, None, q=("at_least",)),
    date(5, "12月28日", None, "2026-12-28", q=AM),
    trap(amt(6, "5万円", None, 50000, role=S, q=AM), "補助額 最大5万円ずつ", "the same cap per appliance, repeated (support)"),
]
ROWS = [
    dict(line=3, text="500万円", budget_yen=5000000, program="住田町省エネ家電購入補助", fy=None, fy_alt=[2025], role="budget",
         ministry="住田町", ambiguous=True, why="the programme's money (`予算は500万円`)",
         note="no fiscal year is written beside it: the article is of FY2025 (令和8年2月), the window runs to September 2026"),
]
NOT_ROWS = traps(M)
