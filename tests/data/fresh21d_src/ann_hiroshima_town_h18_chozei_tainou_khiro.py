from kinds import amt, date, fyr, pct, trap, traps

DOC = "hiroshima_town_h18_chozei_tainou_khiro"
# A citizens' newsletter (地方自治を確立する会, khiro.jp, 2007) on its town's 町税 arrears (the town is 広島県's 北広島町 by
# the list's 92.7%; the page writes only `本町`): the prefecture's 2006年度 徴収率 list is bare cells (no mentions, `▲0.1`
# included); the town's `滞納額は、1億8582万円` and the table `町税の徴収状況 (平成18年度)` with every cell carrying `万円`
# (課税額, 収入済額, 不納欠損, 収入未済額 by tax) and `%`: all `other` (RESULTS), fy 2006 from the table's title, traps.
# `90,9%` (a comma for the decimal point) a percent of 90.9; the last row's `95.2` is cut before its `%` (no mention).
# `発行 2007.10,6` a dotted date written with a comma for the last dot: 2007-10-06. `2006年度(平成18年度)` two fiscal
# years (written twice, as `令和４年度（2022年度）`); `05年度比` (two-digit) no mention; `第22号` no mention.
O = "other"
RES = "a town tax figure of the year (課税額・収入済額・不納欠損・収入未済額): a result, not a budget"
M = [
    date(3, "2007.10,6", "2007-10-06"),
    fyr(9, "2006年度", 2006),
    fyr(9, "平成18年度", 2006),
    pct(92, "92.7%", 92.7),
    trap(amt(93, "1億8582万円", 185820000, role=O, fy=2006), "町税 滞納額", RES),
    fyr(99, "平成18年度", 2006),
]
CELLS = [
    (102, "町民税 個人", ("5億8028万円", 580280000), ("5億4418万円", 544180000), ("243万円", 2430000),
     ("3367万円", 33670000), ("93.8%", 93.8)),
    (103, "町民税 法人", ("2億2290万円", 222900000), ("2億2081万円", 220810000), ("10万円", 100000),
     ("199万円", 1990000), ("99.1%", 99.1)),
    (104, "固定資産税", ("16億8746万円", 1687460000), ("15億3318万円", 1533180000), ("698万円", 6980000),
     ("1億4730万円", 147300000), ("90,9%", 90.9)),
    (105, "軽自動車税", ("6068万円", 60680000), ("5776万円", 57760000), ("15万円", 150000), ("277万円", 2770000), None),
]
for line, tax, *cells in CELLS:
    for head, cell in zip(("課税額", "収入済額", "不納欠損", "収入未済額"), cells[:4]):
        M.append(trap(amt(line, cell[0], cell[1], role=O, fy=2006), f"{tax} {head}", RES))
    if cells[4]:
        M.append(pct(line, cells[4][0], cells[4][1]))
ROWS: list[dict] = []
NOT_ROWS = traps(M)
