from kinds import amt, fyr, trap, traps

DOC = "hichiso_r1_kessan_chisai"
# 岐阜県七宗町's 決算報告 (令和元年度, part 3) as kiji.is stores it: the debt (地方債) of all accounts at the end of 令和元年度
# `28億7,329万5千円` and per resident `約78万円` (`other`, fy 2019, traps; per null), then the main works DONE in 令和元年度
# with their settled cost (`・葛屋寺洞線舗装修繕工事 1,894万円` ...): `other`, fy 2019, traps (a settlement's spending, not an
# appropriation: fresh17c's settled uses of donations). `1人当たり` a rate marker.
O = "other"
DONE = "the settled cost of a work done in 令和元年度 (決算報告), not a budget"
M = [
    fyr(1, "令和元年度", 2019),
    fyr(5, "令和元年度", 2019),
    trap(amt(5, "28億7,329万5千円", 2873295000, role=O, fy=2019),
         "地方債の総額 (令和元年度末)", "the town's debt balance, not an appropriation"),
    trap(amt(5, "78万円", 780000, role=O, fy=2019, q=("approx",)),
         "町民1人当たりの地方債", "the debt per resident, not an appropriation"),
    fyr(8, "令和元年度", 2019),
    trap(amt(9, "1,894万円", 18940000, role=O, fy=2019), "葛屋寺洞線舗装修繕工事", DONE),
    trap(amt(10, "2,878万円", 28780000, role=O, fy=2019), "葛屋第2橋修繕工事", DONE),
    trap(amt(11, "1,720万円", 17200000, role=O, fy=2019), "町道大切佃タ線法面修繕工事", DONE),
    trap(amt(12, "1,989万円", 19890000, role=O, fy=2019), "日本最古の石博物館リニューアル工事", DONE),
    trap(amt(13, "13,211万円", 132110000, role=O, fy=2019), "防災行政無線(同報系)デジタル化工事", DONE),
    trap(amt(14, "1,217万円", 12170000, role=O, fy=2019), "小型動力ポンプ付積載車購入事業", DONE),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
