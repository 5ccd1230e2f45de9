from kinds import amt, fyr, trap, traps

DOC = "gojome_jouyozei_jouyogaku_r1_r4"
# 五城目町 (秋田県)'s page: the transfer of each year `令和N年度:NN,NNN,000円` (revenues: `other`, the line's fy, traps);
# the uses are in a PDF (its title `「五城目町森林環境譲与税に関する決算状況」` holds no year). `令和4年度に…活用した主な事業`
# a fiscal year; `30.09ha` an area, no mention; `令和元年度から` a fiscal year (a point).
O = "other"
T = "the year's transfer received (a revenue), not a programme's budget"
M = [
    fyr(3, "令和元年度", 2019),
    fyr(8, "令和元年度", 2019),
    trap(amt(8, "14,249,000円", 14249000, role=O, fy=2019), "五城目町への譲与額 令和元年度", T),
    fyr(9, "令和2年度", 2020),
    trap(amt(9, "30,282,000円", 30282000, role=O, fy=2020), "五城目町への譲与額 令和2年度", T),
    fyr(10, "令和3年度", 2021),
    trap(amt(10, "30,177,000円", 30177000, role=O, fy=2021), "五城目町への譲与額 令和3年度", T),
    fyr(11, "令和4年度", 2022),
    trap(amt(11, "37,188,000円", 37188000, role=O, fy=2022), "五城目町への譲与額 令和4年度", T),
    fyr(14, "令和4年度", 2022),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
