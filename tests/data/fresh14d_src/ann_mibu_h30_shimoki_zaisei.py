from kinds import amt, cnt, date, dur, fyr, pct, trap, traps

DOC = "mibu_h30_shimoki_zaisei"
# 壬生町's second-half report (平成30年度下半期, to 平成31年3月末). The general account's 当初予算額 and its 現計予算額 after
# three supplementaries: `budget` FY2018, account totals, traps (fresh11a 新座市 / 浦幌町). 収入済額 and 支出済額 at 31 March:
# `other` FY2018, traps. `年2回` a count; `広報みぶ6月・12月号` a recurring issue schedule (no date: fresh11a's `毎年6月及び
# 12月`). This year's 出納整理期間 `4月1日から5月31日までの2ヶ月間`: two dates of 2019 (the page's year, the FY2018 period's
# end) and a duration. `平成31年3月末までのもの` and `3月末までに` (year-less, 2019): deadlines null..2019-03, at_most
# (GUIDE); `平成30年度下半期までの収入` likewise a fiscal year null..2018, at_most (NEW, arguable: the report's span).
# `936KB` a file size (no mention).
B, O, FY = "budget", "other", 2018
A = "an account's total (an account is not a programme)"
M = [
    fyr(1, "平成30年度", FY), date(2, "2019年6月1日", "2019-06-01"), fyr(3, "平成30年度", FY),
    cnt(4, "2回", 2, "回"), fyr(4, "平成30年度", None, FY, q=("at_most",)),
    date(5, "平成31年3月", None, "2019-03", q=("at_most",)), date(5, "3月", None, "2019-03", q=("at_most",)),
    date(5, "4月1日", "2019-04-01"),
    date(5, "5月31日", "2019-05-31"), dur(5, "2ヶ月間", 2, "month"),
    fyr(7, "平成30年度", FY), trap(amt(7, "125億4,000万円", 12540000000, fy=FY), "一般会計当初予算額", A),
    cnt(7, "3回", 3, "回"), pct(7, "5.6%", 5.6),
    trap(amt(7, "132億4,116万5千円", 13241165000, fy=FY), "現計予算額 (after three supplementaries)", A),
    date(8, "平成31年3月31日", "2019-03-31"),
    trap(amt(8, "123億8,197万円", 12381970000, role=O, fy=FY), "収入済額", "revenue received, not a budget"),
    pct(8, "93.5%", 93.5),
    trap(amt(8, "115億226万8千円", 11502268000, role=O, fy=FY), "支出済額", "expenditure paid (執行額), not a budget"),
    pct(8, "86.9%", 86.9),
    fyr(9, "平成30年度", FY),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
