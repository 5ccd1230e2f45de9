from kinds import amt, cnt, fyr, pct, trap, traps

DOC = "nichinan_r2_jouyozei_shito"
# 日南市 (宮崎県)'s page on how the 森林環境譲与税 of 令和2年度 was used: the year's transfer `譲与額 66,246千円` (a
# revenue the city received, not a programme's budget: `other`, fy 2020, a trap, as fresh17c's donations received and the
# revenues 市税 / 地方交付税 of earlier sets), then `充当額の内訳`: seven measures with the transfer put to each in FY2020
# (settled uses: `other`, fy 2020 from the title and line 3, traps: fresh17c's `寄附金充当額`), the last a fund deposit
# (`基金積立 39,348千円`: a deposit, `other`, fresh8b / fresh18c). The seven add up to the transfer (66,246). Results in
# prose: the survey `510件` sent, `331件` (65%) answered, `24%`; areas (`326.38ha`, `1.30ha`) and the road's `440m` no
# mentions (physical units: no kind, fresh18c / fresh21a). The PDF link's
# `令和2年度 森林環境譲与税充当事業決算` is a document's title (no mention: fresh21a's title as a link). File sizes, phone
# numbers, the cut `更新日:20` no mentions.
O = "other"
R = "a settled use of the year's transfer (充当額), not a budget"
M = [
    fyr(1, "令和2年度", 2020),
    fyr(2, "令和2年度", 2020),
    fyr(3, "令和2年度", 2020),
    trap(amt(3, "66,246千円", 66246000, role=O, fy=2020), "令和2年度 譲与額",
         "the year's transfer received (a revenue), not a programme's budget"),
    trap(amt(5, "3,626千円", 3626000, role=O, fy=2020), "充当額 意向調査", R),
    trap(amt(6, "819千円", 819000, role=O, fy=2020), "充当額 私有林整備事業", R),
    trap(amt(7, "11,000千円", 11000000, role=O, fy=2020), "充当額 林道・林専道の整備等", R),
    trap(amt(8, "7,624千円", 7624000, role=O, fy=2020), "充当額 その他(森林整備)", R),
    trap(amt(9, "3,366千円", 3366000, role=O, fy=2020), "充当額 担い手確保対策", R),
    trap(amt(10, "463千円", 463000, role=O, fy=2020), "充当額 森林・林業・木材普及の活動等", R),
    trap(amt(11, "39,348千円", 39348000, role=O, fy=2020), "充当額 日南の飫肥杉を守り育てる基金積立",
         "the part of the transfer deposited in a fund (a settled deposit), not a budget"),
    fyr(13, "令和元年度", 2019),
    cnt(14, "510件", 510, "件"),
    cnt(14, "331件", 331, "件"),
    pct(14, "65%", 65),
    pct(14, "24%", 24),
    fyr(15, "令和元年度", 2019),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
