from kinds import fyr

DOC = "pref_h28_kaikeibetsu_yosan_kibo"
# A prefecture's (not named in the stored text; 県有林, 沿岸漁業, 電気事業) `平成28年度 会計別予算の規模`, flattened one cell a
# line with the unit only in `(単位:千円、%)` (line 90): every amount, difference and `(101.08)` ratio cell is bare, no
# mention, so no row and no trap (GUIDE; fresh11a, fresh13c). Mentions: the spaced title `平 成 28 年 度` (twice, lines 1-2:
# the page title and the document's), the column headers `平成28年度` / `平成27年度`, and the next table's title
# `平成28年度 当初予算款別一覧表`. Not mentions: `2月現計予算額(C)` (a budget's state label as `2月補正`, no date: fresh25a /
# fresh18c), the lone `1` cells, list numbers `1県` … `8使 用 料`, the cut `9`.
M = [
    fyr(1, "平 成 28 年 度", 2016), fyr(2, "平 成 28 年 度", 2016),
    fyr(3, "平成28年度", 2016), fyr(4, "平成27年度", 2015),
    fyr(181, "平成28年度", 2016),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
