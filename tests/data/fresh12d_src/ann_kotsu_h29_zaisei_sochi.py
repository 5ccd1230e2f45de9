from kinds import amt, fyr

DOC = "kotsu_h29_zaisei_sochi"
# 交通安全白書 平成29年版, 参考-6 交通安全に関する財政措置, 第1表 陸上交通安全対策関係予算分野別総括表 (単位:百万円),
# flattened one cell a line. Columns: 平成27年度当初予算額, 平成28年度当初予算額, 平成29年度当初予算額, 比較増減額, 平成27年度
# 決算額 (the column headers are fiscal-year mentions, GUIDE: era-labelled column headers). Most cells are bare numbers
# (`85,614 82,081 79,656 ▲2,425 61,122`): no mentions (GUIDE; the `(単位:百万円)` of the title is not next to them).
# The envelope cells carry their unit and `の内数`, broken over lines (`1,660,173` / `百万円` / `の内数※`, `1,666,194` /
# `百万円の` / `内数※`): a mention broken by a line break (GUIDE: text the part on the first line, value the whole),
# part_of. Their role and fy follow the column (GUIDE: a year in a column header sets the fy): 平成29年度 `budget` FY2017
# (the plan year of the edition; rows, `ambiguous` as every `の内数` row: budgets_slides, mext_intl), 平成28年度
# `previous_budget` FY2016 (the year before, which 比較増減額 compares: traps filling the rows' previous_budget_yen),
# 平成27年度当初予算額, two years back, `budget` FY2015 (blind audit, was `previous_budget`: the GUIDE's previous_budget is
# the 前年度 figure or the bracket of a pair, and fresh3's 外務省当初予算 of 令和3-6年度 / dev10c's earlier years are each
# `budget` of their year; a trap, no row of its own), 平成27年度決算額 `other` FY2015 (a settled figure: a trap). The
# same envelope repeats for three measures ((2), (4), (6)) and for 鉄道 rows: one mention each, one row each (repeats
# are ambiguous rows, fresh10b). The last line is cut after `百万円` (line 104): `1,660,173` of (9) b keeps its whole
# value, and no `の内数` is written next to it (cut): no part_of.
B, PB, O = "budget", "previous_budget", "other"
Q = ("part_of",)
W = "the measure's row of the plan year's column (当初予算額) in the white paper's table, printed as an envelope `N百万円の内数`"
R1 = "the budget of an earlier year (two years back) in the comparison table: background of the plan year's, no row"
R2 = "the previous year's 当初予算額 beside the plan year's (previous_budget: fills the row's previous_budget_yen)"
R4 = "a settled figure (決算額) of an earlier year: a result, not a budget"
M = [
    fyr(4, "平成27年度", 2015),
    fyr(6, "平成28年度", 2016),
    fyr(8, "平成29年度", 2017),
    fyr(12, "平成27年度", 2015),
    amt(16, "1,660,173", 1660173000000, role=B, fy=2015, q=Q),  # 交通安全施設等の整備(国土交通省), column 1
    amt(19, "1,663,694", 1663694000000, role=PB, fy=2016, q=Q),  # 交通安全施設等の整備(国土交通省), column 2
    amt(22, "1,666,194", 1666194000000, role=B, fy=2017, q=Q),  # 交通安全施設等の整備(国土交通省), column 3
    amt(26, "1,660,173", 1660173000000, role=B, fy=2015, q=Q),  # 改築事業による交通安全対策(国土交通省), column 1
    amt(29, "1,663,694", 1663694000000, role=PB, fy=2016, q=Q),  # 改築事業による交通安全対策(国土交通省), column 2
    amt(32, "1,666,194", 1666194000000, role=B, fy=2017, q=Q),  # 改築事業による交通安全対策(国土交通省), column 3
    amt(36, "1,660,173", 1660173000000, role=B, fy=2015, q=Q),  # 防災・震災対策事業(国土交通省), column 1
    amt(39, "1,663,694", 1663694000000, role=PB, fy=2016, q=Q),  # 防災・震災対策事業(国土交通省), column 2
    amt(42, "1,666,194", 1666194000000, role=B, fy=2017, q=Q),  # 防災・震災対策事業(国土交通省), column 3
    amt(46, "1,814", 1814000000, role=B, fy=2015, q=Q),  # 鉄道施設総合安全対策事業(国土交通省), column 1
    amt(49, "3,632", 3632000000, role=PB, fy=2016, q=Q),  # 鉄道施設総合安全対策事業(国土交通省), column 2
    amt(52, "4,172", 4172000000, role=B, fy=2017, q=Q),  # 鉄道施設総合安全対策事業(国土交通省), column 3
    amt(55, "1,564", 1564000000, role=O, fy=2015, q=Q),  # 鉄道施設総合安全対策事業(国土交通省), column 4
    amt(58, "7,588", 7588000000, role=B, fy=2015, q=Q),  # 地下鉄の耐震補強(国土交通省), column 1
    amt(61, "2,160", 2160000000, role=PB, fy=2016, q=Q),  # 地下鉄の耐震補強(国土交通省), column 2
    amt(64, "4,066", 4066000000, role=B, fy=2017, q=Q),  # 地下鉄の耐震補強(国土交通省), column 3
    amt(67, "11,673", 11673000000, role=O, fy=2015, q=Q),  # 地下鉄の耐震補強(国土交通省), column 4
    amt(70, "1,814", 1814000000, role=B, fy=2015, q=Q),  # 鉄道施設の耐震対策(国土交通省), column 1
    amt(73, "3,632", 3632000000, role=PB, fy=2016, q=Q),  # 鉄道施設の耐震対策(国土交通省), column 2
    amt(76, "4,172", 4172000000, role=B, fy=2017, q=Q),  # 鉄道施設の耐震対策(国土交通省), column 3
    amt(79, "1,564", 1564000000, role=O, fy=2015, q=Q),  # 鉄道施設の耐震対策(国土交通省), column 4
    amt(83, "29,009", 29009000000, role=B, fy=2015, q=Q),  # 地域鉄道における安全対策(国土交通省), column 1
    amt(86, "26,504", 26504000000, role=PB, fy=2016, q=Q),  # 地域鉄道における安全対策(国土交通省), column 2
    amt(89, "25,533", 25533000000, role=B, fy=2017, q=Q),  # 地域鉄道における安全対策(国土交通省), column 3
    amt(92, "33,809", 33809000000, role=O, fy=2015, q=Q),  # 地域鉄道における安全対策(国土交通省), column 4
    amt(96, "3,632", 3632000000, role=PB, fy=2016, q=Q),  # 踏切保安設備の整備(国土交通省), column 2
    amt(99, "4,172", 4172000000, role=B, fy=2017, q=Q),  # 踏切保安設備の整備(国土交通省), column 3
    amt(103, "1,660,173", 1660173000000, role=B, fy=2015),  # 踏切道の立体交差化等(国土交通省), column 1
]
ROWS = [
    dict(line=22, text="1,666,194", budget_yen=1666194000000, previous_budget_yen=1663694000000, fy=2017,
         program="交通安全施設等の整備",
         role=B, ministry="国土交通省", ambiguous=True, why=W),
    dict(line=32, text="1,666,194", budget_yen=1666194000000, previous_budget_yen=1663694000000, fy=2017,
         program="改築事業による交通安全対策",
         role=B, ministry="国土交通省", ambiguous=True, why=W),
    dict(line=42, text="1,666,194", budget_yen=1666194000000, previous_budget_yen=1663694000000, fy=2017,
         program="防災・震災対策事業",
         role=B, ministry="国土交通省", ambiguous=True, why=W),
    dict(line=52, text="4,172", budget_yen=4172000000, previous_budget_yen=3632000000, fy=2017,
         program="鉄道施設総合安全対策事業",
         role=B, ministry="国土交通省", ambiguous=True, why=W),
    dict(line=64, text="4,066", budget_yen=4066000000, previous_budget_yen=2160000000, fy=2017,
         program="地下鉄の耐震補強",
         role=B, ministry="国土交通省", ambiguous=True, why=W),
    dict(line=76, text="4,172", budget_yen=4172000000, previous_budget_yen=3632000000, fy=2017,
         program="鉄道施設の耐震対策",
         role=B, ministry="国土交通省", ambiguous=True, why=W),
    dict(line=89, text="25,533", budget_yen=25533000000, previous_budget_yen=26504000000, fy=2017,
         program="地域鉄道における安全対策",
         role=B, ministry="国土交通省", ambiguous=True, why=W),
    dict(line=99, text="4,172", budget_yen=4172000000, previous_budget_yen=3632000000, fy=2017,
         program="踏切保安設備の整備",
         role=B, ministry="国土交通省", ambiguous=True, why=W),
]
NOT_ROWS = [
    dict(line=16, text="1,660,173", value_yen=1660173000000, fy=2015, mention_role=B,
         what="交通安全施設等の整備 (column 1)", reason=R1),
    dict(line=19, text="1,663,694", value_yen=1663694000000, fy=2016, mention_role=PB,
         what="交通安全施設等の整備 (column 2)", reason=R2),
    dict(line=26, text="1,660,173", value_yen=1660173000000, fy=2015, mention_role=B,
         what="改築事業による交通安全対策 (column 1)", reason=R1),
    dict(line=29, text="1,663,694", value_yen=1663694000000, fy=2016, mention_role=PB,
         what="改築事業による交通安全対策 (column 2)", reason=R2),
    dict(line=36, text="1,660,173", value_yen=1660173000000, fy=2015, mention_role=B,
         what="防災・震災対策事業 (column 1)", reason=R1),
    dict(line=39, text="1,663,694", value_yen=1663694000000, fy=2016, mention_role=PB,
         what="防災・震災対策事業 (column 2)", reason=R2),
    dict(line=46, text="1,814", value_yen=1814000000, fy=2015, mention_role=B,
         what="鉄道施設総合安全対策事業 (column 1)", reason=R1),
    dict(line=49, text="3,632", value_yen=3632000000, fy=2016, mention_role=PB,
         what="鉄道施設総合安全対策事業 (column 2)", reason=R2),
    dict(line=55, text="1,564", value_yen=1564000000, fy=2015, mention_role=O,
         what="鉄道施設総合安全対策事業 (column 4)", reason=R4),
    dict(line=58, text="7,588", value_yen=7588000000, fy=2015, mention_role=B,
         what="地下鉄の耐震補強 (column 1)", reason=R1),
    dict(line=61, text="2,160", value_yen=2160000000, fy=2016, mention_role=PB,
         what="地下鉄の耐震補強 (column 2)", reason=R2),
    dict(line=67, text="11,673", value_yen=11673000000, fy=2015, mention_role=O,
         what="地下鉄の耐震補強 (column 4)", reason=R4),
    dict(line=70, text="1,814", value_yen=1814000000, fy=2015, mention_role=B,
         what="鉄道施設の耐震対策 (column 1)", reason=R1),
    dict(line=73, text="3,632", value_yen=3632000000, fy=2016, mention_role=PB,
         what="鉄道施設の耐震対策 (column 2)", reason=R2),
    dict(line=79, text="1,564", value_yen=1564000000, fy=2015, mention_role=O,
         what="鉄道施設の耐震対策 (column 4)", reason=R4),
    dict(line=83, text="29,009", value_yen=29009000000, fy=2015, mention_role=B,
         what="地域鉄道における安全対策 (column 1)", reason=R1),
    dict(line=86, text="26,504", value_yen=26504000000, fy=2016, mention_role=PB,
         what="地域鉄道における安全対策 (column 2)", reason=R2),
    dict(line=92, text="33,809", value_yen=33809000000, fy=2015, mention_role=O,
         what="地域鉄道における安全対策 (column 4)", reason=R4),
    dict(line=96, text="3,632", value_yen=3632000000, fy=2016, mention_role=PB,
         what="踏切保安設備の整備 (column 2)", reason=R2),
    dict(line=103, text="1,660,173", value_yen=1660173000000, fy=2015, mention_role=B,
         what="踏切道の立体交差化等 (column 1)", reason=R1),
]
