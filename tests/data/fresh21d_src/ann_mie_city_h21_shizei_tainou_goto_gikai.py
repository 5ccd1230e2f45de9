from kinds import amt, cnt, date, fyr, trap, traps

DOC = "mie_city_h21_shizei_tainou_goto_gikai"
# A 三重県 city councillor's (後藤光雄) summary of his 平成21年12月定例会 question on 市税 arrears (the city is not named):
# the 平成20年度 settlement's 歳入総額 `551億6999万円` and 市税収入 `約332億円`, the 収入未済額 `23億1969万1839円` and its
# 現年分 / 滞納繰越分 parts: `other` (settlement results), fy 2008 (the Q&A's `平成20年度` labels the figures that follow),
# traps; the cost of sending notices `681万1937円` (money spent, no year written: fy null) `other`, a trap. Sessions by
# month are dates (`平成21年12月`), `12月9日` a date of 2009; `23年` (era-less) no mention; list numbers and `質問 1`,
# `答弁 1` no mentions; `12万5100件` a count.
O = "other"
RES = "a settlement / arrears figure (a result), not a budget"
M = [
    date(2, "平成21年12月9日", "2009-12-09"),
    date(3, "平成21年12月", "2009-12"),
    date(3, "12月9日", "2009-12-09"),
    fyr(8, "平成20年度", 2008),
    trap(amt(8, "551億6999万円", 55169990000, role=O, fy=2008), "平成20年度 一般会計決算 歳入総額", RES),
    trap(amt(8, "332億円", 33200000000, role=O, fy=2008, q=("approx",)), "市税収入総額", RES),
    fyr(9, "平成20年度", 2008),
    trap(amt(9, "23億1969万1839円", 2319691839, role=O, fy=2008), "市税の収入未済額", RES),
    trap(amt(10, "8億4700万円", 847000000, role=O, fy=2008), "滞納 現年分", RES),
    trap(amt(10, "14億7200万円", 1472000000, role=O, fy=2008), "滞納繰越分", RES),
    cnt(13, "12万5100件", 125100, "件"),
    trap(amt(13, "681万1937円", 6811937, role=O), "督促状・催告状の発送経費", "money spent on notices (a cost incurred), not a budget"),
    fyr(15, "平成22年度", 2010),
    date(19, "平成21年12月9日", "2009-12-09"),
    date(22, "平成21年12月", "2009-12"),
    date(22, "12月9日", "2009-12-09"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
