from kinds import amt, dur, fyr, trap, traps

DOC = "izumo_h30_suido_kessan"
# 出雲市 水道事業 平成30年度 決算: tables `H30年度 H29年度 増減` (era-abbreviated column headers: two fiscal-year mentions
# a header line, GUIDE) with every cell bare (`給水人口(人) 144,407 …`, `(税抜、単位:千円)` over the money rows: no
# mentions, fresh9b / fresh11a / fresh12d; the unit in a row label is no unit beside the cell). The note's changes in
# prose (`16,133千円の減額`, `2,616千円の増額`, `純利益は前年度より18,749千円の減額`): `other` FY2018 (the table's
# settled year), traps. `2年続けて` a duration.
O = "other"
FY = 2018
C = ("the change of a settled total against the year before", "a change, not a budget")
M = [
    fyr(3, "H30年度", 2018), fyr(3, "H29年度", 2017),
    fyr(13, "H30年度", 2018), fyr(13, "H29年度", 2017),
    fyr(21, "H30年度", 2018), fyr(21, "H29年度", 2017),
    trap(amt(32, "16,133千円", 16133000, role=O, fy=FY), *C), trap(amt(32, "2,616千円", 2616000, role=O, fy=FY), *C),
    dur(32, "2年", 2, "year"), trap(amt(32, "18,749千円", 18749000, role=O, fy=FY), *C),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
