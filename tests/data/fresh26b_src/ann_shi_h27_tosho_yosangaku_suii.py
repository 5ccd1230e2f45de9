from kinds import amt, fyr, trap, traps

DOC = "shi_h27_tosho_yosangaku_suii"
# A city's (not named in the stored text; `渡辺市長`) page `一般会計 / 特別会計 当初予算額の推移` (a PDF's text on expydoc, one
# line): two tables under `(単位:百万円)` with the columns `H18` … `H27` and each account's ten initial budgets as bare cells
# (`30,188 32,738 …`), each followed by its chart (axis values `42,000 39,000 …` bare, the axis `H18` … `H27` again), and a
# paragraph between them with the amounts the page writes with a unit. Bare cells and axis values: no mentions, so no row
# (GUIDE; fresh11a). Every `H18` … `H27` of both headers and both chart axes is a fiscal year, one mention each (GUIDE: era
# abbreviations; column headers and chart axes; 40 in all). The prose: `平成26年度6月補正予算(肉付け予算)後は、405億
# 3,074万3千円` the FY2014 budget after its supplementary, `budget`, a trap (fresh25b's `補正後の総額`; the amount keeps its
# space); `平成27年度当初予算は404億1,000万円` `budget` FY2015, a trap (the account's total); `400億円を超える` a threshold
# `other`, at_least, fy null, a trap (fresh24a's `100兆円を超え`); `平成 18年度と比較すると102億2,200万円増加` `other` FY2015,
# a trap (a change over nine years). `平成 18年度` with its space a fiscal year. Not mentions: `6月補正予算` (a budget's
# name: fresh18c, fresh25a), `表記未満`.
B, O = "budget", "other"
M = [fyr(1, f"H{y}", 1988 + y) for y in range(18, 28) for _ in range(4)] + [
    fyr(1, "平成26年度", 2014), fyr(1, "平成26年度", 2014),
    trap(amt(1, "405億 3,074万3千円", 40530743000, fy=2014), "平成26年度 6月補正(肉付け)後の一般会計",
         "the account's total after a supplementary"),
    fyr(1, "平成27年度", 2015),
    trap(amt(1, "404億1,000万円", 40410000000, fy=2015), "平成27年度当初予算(一般会計)", "the account's total"),
    trap(amt(1, "400億円", 40000000000, None, role=O, q=("at_least",)), "400億円を超える大型予算", "a threshold"),
    fyr(1, "平成 18年度", 2006),
    trap(amt(1, "102億2,200万円", 10222000000, role=O, fy=2015), "平成18年度比の増加", "a change of the account total"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
