from kinds import amt, fyr, trap, traps

DOC = "wakasa_h18_kyuyo_teiin"
# 若狭町's 給与・定員管理等について (H18, the 総務省 公表様式 as a PDF flattened one cell a line). The 人件費 / 給与費 tables
# carry bare cells under a `千円` header line (`17,271`, `13,538,620`, `914,443`, ...): no mentions (bare numbers in
# tables: GUIDE; fresh11a's header units). The percent cells `12.4`, `12.9` under a `%` line and the ラスパイレス chart's
# values likewise bare. The chart's era labels `(H13)`, `(H18)` are fiscal years (GUIDE: era-labelled chart axes).
# Era-less `17年 度`, `18年4月1日` no mentions (fresh11b). Ages `41.3` + `歳` no mentions (GUIDE: ages).
# The `N 円` cells (the unit in the cell): average monthly pay per person of 一般行政職 and 技能労務職 (若狭町, 福井県, 国,
# 類似団体): `other` per `month` (a monthly rate per person; fresh's `一人月183円`, fresh6a's `月4,800円`), fy 2006 (the
# title's `H18`, the table's 18年4月1日: NEW, arguable: the April-1 status date's fiscal year); traps (pay per person,
# statistics of the town, the prefecture, the state and its peers: no programme's budget).
O, FY, MO = "other", 2006, "month"
WHY = "average monthly pay per person (a statistic of pay, not a budget)"
M = [
    fyr(1, "H18", FY),
    fyr(69, "H13", 2001), fyr(71, "H18", FY), fyr(74, "H13", 2001), fyr(76, "H18", FY), fyr(78, "H18", FY),
]
for ln, text, v, what in [
    (106, "305,200 円", 305200, "若狭町 一般行政職 平均給料月額"),
    (107, "364,795 円", 364795, "若狭町 一般行政職 平均給与月額"),
    (108, "346,795 円", 346795, "若狭町 一般行政職 平均給与月額 (国ベース)"),
    (112, "362,352 円", 362352, "福井県 一般行政職 平均給料月額"),
    (113, "437,950 円", 437950, "福井県 一般行政職 平均給与月額"),
    (114, "395,385 円", 395385, "福井県 一般行政職 平均給与月額 (国ベース)"),
    (118, "328,477 円", 328477, "国 平均給料月額"),
    (119, "381,212 円", 381212, "国 平均給与月額"),
    (123, "336,289 円", 336289, "類似団体 平均給料月額"),
    (124, "386,372 円", 386372, "類似団体 平均給与月額"),
    (126, "369,344 円", 369344, "類似団体 平均給与月額 (国ベース)"),
    (138, "244,000 円", 244000, "若狭町 技能労務職 平均給料月額"),
    (139, "272,272 円", 272272, "若狭町 技能労務職 平均給与月額"),
    (140, "261,357 円", 261357, "若狭町 技能労務職 平均給与月額 (国ベース)"),
]:
    M.append(trap(amt(ln, text, v, role=O, fy=FY, per=MO), what, WHY))
ROWS: list[dict] = []
NOT_ROWS = traps(M)
