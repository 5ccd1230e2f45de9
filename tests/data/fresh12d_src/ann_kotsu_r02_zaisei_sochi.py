from kinds import amt, fyr

DOC = "kotsu_r02_zaisei_sochi"
# 交通安全白書 令和2年版, 参考-5 交通安全に関する財政措置, 第1表 (単位:百万円): the table of 平成29年版 (see
# ann_kotsu_h29_zaisei_sochi.py) three years later. Columns: 平成30年度 / 令和元年度 / 令和2年度 当初予算額, 増減額, 平成30年度
# 決算 (column headers: fiscal-year mentions). Bare cells: no mentions. Envelope cells `1,667,694` / `百万円` / `の内数※`:
# mentions broken over lines, part_of; here they fill the three budget columns only. 令和2年度 `budget` FY2020 (rows,
# ambiguous), 令和元年度 `previous_budget` FY2019, 平成30年度 `budget` FY2018, a trap (as 平成29年版's oldest column; blind
# audit, was `previous_budget`).
B, PB, O = "budget", "previous_budget", "other"
Q = ("part_of",)
W = "the measure's row of the plan year's column (当初予算額) in the white paper's table, printed as an envelope `N百万円の内数`"
R1 = "the budget of an earlier year (two years back) in the comparison table: background of the plan year's, no row"
R2 = "the previous year's 当初予算額 beside the plan year's (previous_budget: fills the row's previous_budget_yen)"
R4 = "a settled figure (決算額) of an earlier year: a result, not a budget"
M = [
    fyr(5, "平成30年度", 2018),
    fyr(7, "令和元年度", 2019),
    fyr(9, "令和2年度", 2020),
    fyr(12, "平成30年度", 2018),
    amt(16, "1,667,694", 1667694000000, role=B, fy=2018, q=Q),  # 交通安全施設等の整備(国土交通省), column 1
    amt(19, "1,785,752", 1785752000000, role=PB, fy=2019, q=Q),  # 交通安全施設等の整備(国土交通省), column 2
    amt(22, "2,047,153", 2047153000000, role=B, fy=2020, q=Q),  # 交通安全施設等の整備(国土交通省), column 3
    amt(26, "1,667,694", 1667694000000, role=B, fy=2018, q=Q),  # 改築事業による交通安全対策(国土交通省), column 1
    amt(29, "1,785,752", 1785752000000, role=PB, fy=2019, q=Q),  # 改築事業による交通安全対策(国土交通省), column 2
    amt(32, "2,047,153", 2047153000000, role=B, fy=2020, q=Q),  # 改築事業による交通安全対策(国土交通省), column 3
    amt(36, "1,667,694", 1667694000000, role=B, fy=2018, q=Q),  # 防災・震災対策事業(国土交通省), column 1
    amt(39, "1,785,752", 1785752000000, role=PB, fy=2019, q=Q),  # 防災・震災対策事業(国土交通省), column 2
    amt(42, "2,047,153", 2047153000000, role=B, fy=2020, q=Q),  # 防災・震災対策事業(国土交通省), column 3
    amt(46, "3,982", 3982000000, role=B, fy=2018, q=Q),  # 鉄道施設の戦略的維持管理・更新(国土交通省), column 1
    amt(49, "6,608", 6608000000, role=PB, fy=2019, q=Q),  # 鉄道施設の戦略的維持管理・更新(国土交通省), column 2
    amt(52, "4,631", 4631000000, role=B, fy=2020, q=Q),  # 鉄道施設の戦略的維持管理・更新(国土交通省), column 3
    amt(55, "4,557", 4557000000, role=B, fy=2018, q=Q),  # 地下鉄の耐震補強(国土交通省), column 1
    amt(58, "6,042", 6042000000, role=PB, fy=2019, q=Q),  # 地下鉄の耐震補強(国土交通省), column 2
    amt(61, "6,607", 6607000000, role=B, fy=2020, q=Q),  # 地下鉄の耐震補強(国土交通省), column 3
    amt(64, "3,982", 3982000000, role=B, fy=2018, q=Q),  # 鉄道施設の耐震対策(国土交通省), column 1
    amt(67, "6,608", 6608000000, role=PB, fy=2019, q=Q),  # 鉄道施設の耐震対策(国土交通省), column 2
    amt(70, "4,631", 4631000000, role=B, fy=2020, q=Q),  # 鉄道施設の耐震対策(国土交通省), column 3
    amt(73, "24,932", 24932000000, role=B, fy=2018, q=Q),  # 地域鉄道における安全対策(国土交通省), column 1
    amt(76, "28,567", 28567000000, role=PB, fy=2019, q=Q),  # 地域鉄道における安全対策(国土交通省), column 2
    amt(79, "24,941", 24941000000, role=B, fy=2020, q=Q),  # 地域鉄道における安全対策(国土交通省), column 3
    amt(83, "3,982", 3982000000, role=B, fy=2018, q=Q),  # 踏切保安設備の整備(国土交通省), column 1
    amt(86, "6,608", 6608000000, role=PB, fy=2019, q=Q),  # 踏切保安設備の整備(国土交通省), column 2
    amt(89, "4,631", 4631000000, role=B, fy=2020, q=Q),  # 踏切保安設備の整備(国土交通省), column 3
    amt(92, "1,667,694", 1667694000000, role=B, fy=2018, q=Q),  # 踏切道の立体交差化等(国土交通省), column 1
    amt(95, "1,785,752", 1785752000000, role=PB, fy=2019, q=Q),  # 踏切道の立体交差化等(国土交通省), column 2
    amt(98, "2,047,153", 2047153000000, role=B, fy=2020, q=Q),  # 踏切道の立体交差化等(国土交通省), column 3
]
ROWS = [
    dict(line=22, text="2,047,153", budget_yen=2047153000000, previous_budget_yen=1785752000000, fy=2020,
         program="交通安全施設等の整備",
         role=B, ministry="国土交通省", ambiguous=True, why=W),
    dict(line=32, text="2,047,153", budget_yen=2047153000000, previous_budget_yen=1785752000000, fy=2020,
         program="改築事業による交通安全対策",
         role=B, ministry="国土交通省", ambiguous=True, why=W),
    dict(line=42, text="2,047,153", budget_yen=2047153000000, previous_budget_yen=1785752000000, fy=2020,
         program="防災・震災対策事業",
         role=B, ministry="国土交通省", ambiguous=True, why=W),
    dict(line=52, text="4,631", budget_yen=4631000000, previous_budget_yen=6608000000, fy=2020,
         program="鉄道施設の戦略的維持管理・更新",
         role=B, ministry="国土交通省", ambiguous=True, why=W),
    dict(line=61, text="6,607", budget_yen=6607000000, previous_budget_yen=6042000000, fy=2020,
         program="地下鉄の耐震補強",
         role=B, ministry="国土交通省", ambiguous=True, why=W),
    dict(line=70, text="4,631", budget_yen=4631000000, previous_budget_yen=6608000000, fy=2020,
         program="鉄道施設の耐震対策",
         role=B, ministry="国土交通省", ambiguous=True, why=W),
    dict(line=79, text="24,941", budget_yen=24941000000, previous_budget_yen=28567000000, fy=2020,
         program="地域鉄道における安全対策",
         role=B, ministry="国土交通省", ambiguous=True, why=W),
    dict(line=89, text="4,631", budget_yen=4631000000, previous_budget_yen=6608000000, fy=2020,
         program="踏切保安設備の整備",
         role=B, ministry="国土交通省", ambiguous=True, why=W),
    dict(line=98, text="2,047,153", budget_yen=2047153000000, previous_budget_yen=1785752000000, fy=2020,
         program="踏切道の立体交差化等",
         role=B, ministry="国土交通省", ambiguous=True, why=W),
]
NOT_ROWS = [
    dict(line=16, text="1,667,694", value_yen=1667694000000, fy=2018, mention_role=B,
         what="交通安全施設等の整備 (column 1)", reason=R1),
    dict(line=19, text="1,785,752", value_yen=1785752000000, fy=2019, mention_role=PB,
         what="交通安全施設等の整備 (column 2)", reason=R2),
    dict(line=26, text="1,667,694", value_yen=1667694000000, fy=2018, mention_role=B,
         what="改築事業による交通安全対策 (column 1)", reason=R1),
    dict(line=29, text="1,785,752", value_yen=1785752000000, fy=2019, mention_role=PB,
         what="改築事業による交通安全対策 (column 2)", reason=R2),
    dict(line=36, text="1,667,694", value_yen=1667694000000, fy=2018, mention_role=B,
         what="防災・震災対策事業 (column 1)", reason=R1),
    dict(line=39, text="1,785,752", value_yen=1785752000000, fy=2019, mention_role=PB,
         what="防災・震災対策事業 (column 2)", reason=R2),
    dict(line=46, text="3,982", value_yen=3982000000, fy=2018, mention_role=B,
         what="鉄道施設の戦略的維持管理・更新 (column 1)", reason=R1),
    dict(line=49, text="6,608", value_yen=6608000000, fy=2019, mention_role=PB,
         what="鉄道施設の戦略的維持管理・更新 (column 2)", reason=R2),
    dict(line=55, text="4,557", value_yen=4557000000, fy=2018, mention_role=B,
         what="地下鉄の耐震補強 (column 1)", reason=R1),
    dict(line=58, text="6,042", value_yen=6042000000, fy=2019, mention_role=PB,
         what="地下鉄の耐震補強 (column 2)", reason=R2),
    dict(line=64, text="3,982", value_yen=3982000000, fy=2018, mention_role=B,
         what="鉄道施設の耐震対策 (column 1)", reason=R1),
    dict(line=67, text="6,608", value_yen=6608000000, fy=2019, mention_role=PB,
         what="鉄道施設の耐震対策 (column 2)", reason=R2),
    dict(line=73, text="24,932", value_yen=24932000000, fy=2018, mention_role=B,
         what="地域鉄道における安全対策 (column 1)", reason=R1),
    dict(line=76, text="28,567", value_yen=28567000000, fy=2019, mention_role=PB,
         what="地域鉄道における安全対策 (column 2)", reason=R2),
    dict(line=83, text="3,982", value_yen=3982000000, fy=2018, mention_role=B,
         what="踏切保安設備の整備 (column 1)", reason=R1),
    dict(line=86, text="6,608", value_yen=6608000000, fy=2019, mention_role=PB,
         what="踏切保安設備の整備 (column 2)", reason=R2),
    dict(line=92, text="1,667,694", value_yen=1667694000000, fy=2018, mention_role=B,
         what="踏切道の立体交差化等 (column 1)", reason=R1),
    dict(line=95, text="1,785,752", value_yen=1785752000000, fy=2019, mention_role=PB,
         what="踏切道の立体交差化等 (column 2)", reason=R2),
]
