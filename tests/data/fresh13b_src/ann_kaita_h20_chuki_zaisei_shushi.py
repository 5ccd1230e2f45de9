from kinds import amt, date, fyr, trap, traps

DOC = "kaita_h20_chuki_zaisei_shushi"
# 広島県海田町's 中期財政収支見通しの試算結果 (2008): the shortfall summed over 平成20-24年度 (`約21億円`, fy null: five
# years) and the accumulated deficit at the end of 平成24年度 (`約2億円`, fy 2012 as 大分市's year-end figure). Both
# `other` (shortfalls: brief), traps. `平成20年度から24年度まで`: two points 2008 and 2012 (blind audit: the era-less
# second end takes the first end's era, fresh11b's 西米良村 `平成29年度から30年度`); `平成24年度の予算
# 編成` names a budget without a figure. `掲載日:2008年2月29日` a date; `2-4`, `0000030`, `※1` numbers of sections and
# notes. The site chrome (`ページの先頭です。`, the feedback form) kept as stored.
O = "other"
A = ("approx",)
M = [
    date(4, "2008年2月29日", "2008-02-29"),
    fyr(6, "平成20年度", 2008), fyr(6, "24年度", 2012),
    trap(amt(6, "21億円", 2100000000, role=O, q=A), "財源不足額 平成20-24年度", "a projected shortfall summed over five years"),
    fyr(7, "平成23年度", 2011), fyr(7, "平成24年度", 2012),
    fyr(8, "平成24年度", 2012),
    trap(amt(8, "2億円", 200000000, role=O, fy=2012, q=A), "累積赤字額 (平成24年度末)", "a projected accumulated deficit"),
]
ROWS: list = []
NOT_ROWS = traps(M)
