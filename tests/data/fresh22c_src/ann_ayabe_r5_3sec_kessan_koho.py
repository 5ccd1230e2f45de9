from kinds import amt, cnt, date, trap, traps

DOC = "ayabe_r5_3sec_kessan_koho"
# 京都府綾部市's 広報あやべねっと (令和5年7月号, by its address) on the shareholders' meetings of its three third-sector
# companies: the past term's settled `経常利益160万円`, `純利益40万円`, `純損失592万円` — `other`, fy null (the 昨期 is a
# company's term, its year not written; arguable 2022), traps. Meeting days `6月19日`, `5月25日` take the year
# (2023: GUIDE, a year-less day takes the deck's year). `3社`, `13期`, `3期` counts; `76.3FM` (a frequency), `第8波`
# (an ordinal wave), `2/25` (an article counter), `ゼロ円` (a campaign's name) no mentions.
O = "other"
M = [
    cnt(3, "3社", 3, "社"),
    cnt(6, "3社", 3, "社"),
    cnt(7, "13期", 13, "期"),
    date(8, "6月19日", "2023-06-19"),
    trap(amt(8, "160万円", 1600000, role=O), "エフエムあやべ 経常利益 (昨期)", "a settled result of a company"),
    trap(amt(8, "40万円", 400000, role=O), "エフエムあやべ 純利益 (昨期)", "a settled result of a company"),
    cnt(8, "13期", 13, "期"),
    date(13, "5月25日", "2023-05-25"),
    trap(amt(13, "592万円", 5920000, role=O), "水夢 純損失 (昨期)", "a settled result of a company"),
    cnt(13, "3期", 3, "期"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
