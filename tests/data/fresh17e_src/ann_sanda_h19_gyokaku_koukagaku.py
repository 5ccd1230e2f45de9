from kinds import amt, fyr, pct, trap, traps

DOC = "sanda_h19_gyokaku_koukagaku"
# 兵庫県三田市's page of its 平成19年度 行政改革効果額実績 (the 行革断行プラン, 17~19年度): the year's total effect against the
# plan, the table by field under `(単位:百万円)` and the largest items. Every amount is a reform's effect, its planned
# figure or a difference: `other` (fresh13b's 集中改革プラン effects), fy 2007 from the page's title year (GUIDE: the title
# is a label for the whole page; fresh13b's 宮若市 effect reached in a year takes that year), traps. The table's bare
# cells (`130.7`, `-33.5`, `626.3` under `(単位:百万円)`) are no mentions (GUIDE: bare numbers in tables); its percents,
# written with `%`, are. `17~19年度` (era-less, neither end in full) no mention (fresh13's era-less years); `H19主な効果額1`
# an era-abbreviated fiscal year (GUIDE), twice (the second line cut by the length limit); `b/a*100` a formula.
O = "other"
E = "a reform plan's effect reached in a year (行政改革効果額), not a budget"
F = 2007
M = [
    fyr(4, "平成19年度", F), fyr(6, "平成19年度", F), fyr(7, "平成19年度", F),
    trap(amt(8, "6億2890万円", 628900000, role=O, fy=F), "平成19年度 行政改革効果額 (全体)", E), pct(8, "100.4%", 100.4),
    trap(amt(9, "6億2,630万円", 626300000, role=O, fy=F), "平成19年度 行政改革効果額 計画額",
         "a reform plan's planned effect for the year, not a budget"),
    trap(amt(9, "6億2,890万円", 628900000, role=O, fy=F), "平成19年度 行政改革効果額 実績額", E),
    trap(amt(9, "260万円", 2600000, role=O, fy=F), "実績額と計画額の差", "a difference between result and plan"),
    pct(9, "100.4%", 100.4),
    pct(18, "117.7%", 117.7), pct(23, "91.4%", 91.4), pct(28, "112.5%", 112.5), pct(33, "100.4%", 100.4),
    pct(34, "81.3%", 81.3),
    pct(35, "24.4%", 24.4), pct(35, "56.9%", 56.9), pct(35, "18.7%", 18.7),
    pct(38, "3.5%", 3.5),
    trap(amt(38, "1億7300万円", 173000000, role=O, fy=F), "枠配分予算3.5%カット 効果額", E),
    trap(amt(38, "1億1350万円", 113500000, role=O, fy=F), "給与構造改革 効果額", E),
    trap(amt(38, "4770万円", 47700000, role=O, fy=F), "入札制度の見直し 効果額", E),
    trap(amt(38, "4720万円", 47200000, role=O, fy=F), "文化振興基金の活用 効果額", E),
    fyr(39, "H19", F), fyr(40, "H19", F),
]
ROWS: list = []
NOT_ROWS = traps(M)
