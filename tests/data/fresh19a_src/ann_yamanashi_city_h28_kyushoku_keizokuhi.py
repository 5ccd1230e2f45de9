from kinds import amt, cnt, date, fyr, trap, traps

DOC = "yamanashi_city_h28_kyushoku_keizokuhi"
# 日本工業経済新聞 (senmonshi, 2016-11-30) on 山梨市's December supplementary: the school lunch centre's 事業費 brought forward
# `13億440万2000円` (supplementary_budget, fy 2016: the two-digit `16年度` of its 年割額 takes the century of `2018年度`; the
# row), set as a 継続費 to 2018 with `総額20億5696万4000円` (its headline rounding `20億円`): a multi-year total, `budget`,
# fy null, traps; the 継続費's 年割額 by year (`16年度13億440万2000円` the same money again, not a second row; `17年度`,
# `18年度` ones `budget` with their fy, ambiguous rows: appropriated now for later years). Other supplementary items of line
# 8 rows (supplementary_budget, fy 2016). `1日` 2016-12-01, `12月定例市議会` a session by its month 2016-12; `2018年度まで`
# null..2018 at_most; `7件`, `3100食`, `2階` counts; areas (`7000u`, `2500u`) no mentions.
S = "supplementary_budget"
# Audit (audit19a): the 継続費 total, its headline and its 年割額 are set BY the December supplementary (the headline
# `補正案に…継続費20億円` is the document's label, GUIDE: the title's budget kind applies to every item), so
# `supplementary_budget` like the 追加 itself; the total keeps fy null, each 年割額 its own year.
KEI = "the 継続費's total over 2016-2018, not one year's appropriation"
W = "another item of the December supplementary (一般会計の補正)"
M = [
    date(2, "2016/11/30", "2016-11-30"),
    trap(amt(3, "20億円", 2000000000, role=S), "給食センター継続費 (見出し)", KEI),
    date(4, "1日", "2016-12-01"), date(4, "12月", "2016-12"),
    cnt(4, "7件", 7, "件"),
    amt(4, "13億440万2000円", 1304402000, role=S, fy=2016),
    fyr(4, "2018年度", None, 2018, q=("at_most",)),
    trap(amt(4, "20億5696万4000円", 2056964000, role=S), "学校給食センター建設事業 継続費 総額", KEI),
    amt(6, "13億440万2000円", 1304402000, role=S, fy=2016),
    amt(6, "1億210万5000円", 102105000, role=S, fy=2017),
    amt(6, "6億5045万7000円", 650457000, role=S, fy=2018),
    cnt(7, "3100食", 3100, "食"), cnt(7, "2階", 2, "階"),
    amt(8, "3427万円", 34270000, role=S, fy=2016),
    amt(8, "4億43万5000円", 400435000, role=S, fy=2016),
    amt(8, "2150万円", 21500000, role=S, fy=2016),
]
P = "学校給食センター建設事業"
ROWS = [
    dict(line=4, text="13億440万2000円", budget_yen=1304402000, fy=2016, role=S, program=P,
         why="the sum the December supplementary adds to the lunch centre's construction (`前倒しで…追加`)"),
    dict(line=6, text="1億210万5000円", budget_yen=102105000, fy=2017, role=S, program=P + " (継続費年割額)", ambiguous=True,
         why="the 継続費's share for 2017, appropriated now for a later year"),
    dict(line=6, text="6億5045万7000円", budget_yen=650457000, fy=2018, role=S, program=P + " (継続費年割額)", ambiguous=True,
         why="the 継続費's share for 2018, appropriated now for a later year"),
    dict(line=8, text="3427万円", budget_yen=34270000, fy=2016, role=S, program="県営土地改良事業費負担金", why=W),
    dict(line=8, text="4億43万5000円", budget_yen=400435000, fy=2016, role=S, program="基金積立金", why=W),
    dict(line=8, text="2150万円", budget_yen=21500000, fy=2016, role=S, program="万力公園整備事業費", why=W),
]
NOT_ROWS = traps(M)
