from kinds import amt, cnt, date, fyr, pct, trap, traps

DOC = "mie_zei_kikou_h22_katsudo"
# 三重地方税管理回収機構 (the prefecture's towns' joint arrears agency): its 平成22年度活動状況. Every amount is arrears
# taken over, collected, realised or processed (the effect of its notices `約2億9,900万円` + `約7億150万円` = `約10億円`,
# the 714 cases' `約15億5,000万円`, the unit `約217万円` per case, the year's `約6億3,400万円`, 換価額, 処理額, 徴収すべき額):
# `other`, fy 2010 from the title line `平成22年度活動状況` (a document label for the whole page), approx where `約`, traps.
# `1件あたり` a rate marker (no count). `H22`, `H21` fiscal years; `約8割`, `約7割` percents approx; `[261KB]` no
# mention; the mis-decoded circled numerals `@`, `A` … no mentions.
O = "other"
RES = "arrears taken over / collected by the agency (a result), not a budget"
M = [
    fyr(2, "平成22年度", 2010),
    date(3, "2011年05月10日", "2011-05-10"),
    trap(amt(5, "2億9,900万円", 299000000, role=O, fy=2010, q=("approx",)), "移管予告で納付された市町村税", RES),
    trap(amt(5, "7億150万円", 701500000, role=O, fy=2010, q=("approx",)), "納付約束", RES),
    trap(amt(5, "10億円", 1000000000, role=O, fy=2010, q=("approx",)), "移管予告効果 計", RES),
    cnt(7, "714件", 714, "件"),
    trap(amt(7, "15億5,000万円", 1550000000, role=O, fy=2010, q=("approx",)), "引受滞納額", RES),
    trap(amt(8, "217万円", 2170000, role=O, fy=2010, q=("approx",)), "1件あたりの引受単価", RES),
    trap(amt(10, "6億3,400万円", 634000000, role=O, fy=2010, q=("approx",)), "年間徴収額", RES),
    cnt(12, "257件", 257, "件"),
    fyr(12, "H22", 2010),
    pct(12, "15.5%", 15.5),
    cnt(14, "999件", 999, "件"),
    pct(14, "8割", 80, q=("approx",)),
    trap(amt(16, "2億6,000万円", 260000000, role=O, fy=2010), "換価額", RES),
    pct(16, "7割", 70, q=("approx",)),
    pct(17, "41%", 41, q=("approx",)),
    trap(amt(19, "7億8,800万円", 788000000, role=O, fy=2010, q=("approx",)), "年間の処理額 (本税ベース)", RES),
    pct(19, "29.7%", 29.7),
    trap(amt(20, "26億5,000万円", 2650000000, role=O, fy=2010), "徴収すべき額", RES),
    fyr(20, "H22", 2010),
    fyr(20, "H21", 2009),
    fyr(20, "平成22年度", 2010),
    trap(amt(21, "6億7,200万円", 672000000, role=O, fy=2010, q=("approx",)), "実質的な徴収額", RES),
    pct(21, "25.4%", 25.4),
    fyr(23, "平成22年度", 2010),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
