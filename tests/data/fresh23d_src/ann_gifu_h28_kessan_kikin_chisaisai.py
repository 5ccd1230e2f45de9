from kinds import amt, date, fyr, pct, trap, traps

DOC = "gifu_h28_kessan_kikin_chisaisai"
# 岐阜県岐阜市's 広報ぎふ (平成29年10月15日号 by its address; kohoplus): from the 平成28年度 settlement's page, the funds'
# fall `39億8,361万円` (and per resident `9,582円`), the debt's changes. The stored text names no settled year (the address
# does): fy null for them (GUIDE: an amount where the deck names no year stays null; arguable against fresh18c's call 4,
# whose 広報 named the next year's 見込). `other`, traps. The disaster-prevention tax: `平成25年から` a date 2013 (a point),
# `(10%)` a percent, `平成26年度からの均等割額の500円加算` `other`
# (a tax per resident, per null), fy null (a standing rate from 2014; audit: fresh22b's 洲本市 `令和6年度から…1人当たり1,000円`,
# fy null).
O = "other"
M = [
    trap(amt(2, "39億8,361万円", 3983610000, role=O), "市の貯金 (基金) 前年度からの減少", "a change of the funds"),
    trap(amt(2, "9,582円", 9582, role=O), "基金減少 市民一人当たり", "an amount per resident"),
    trap(amt(4, "9億9,262万円", 992620000, role=O), "市の借金 前年度からの減", "a change of the debt"),
    trap(amt(4, "13億8,320万円", 1383200000, role=O), "臨時財政対策債などの増", "a change of the debt"),
    trap(amt(4, "23億7,582万円", 2375820000, role=O), "普通債と地方債の減", "a change of the debt"),
    date(7, "平成25年", "2013"),
    pct(7, "10%", 10),
    fyr(7, "平成26年度", 2014),
    trap(amt(7, "500円", 500, role=O, fy=None), "個人市民税 均等割額の加算", "a tax per resident"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
