from kinds import amt, cnt, date, fyr, trap, traps

DOC = "seasoneco_r6_kanie_chikudenchi_hojo"
# A seller's guide (season-eco.com) to 愛知県蟹江町's battery grant. Lines 2 and 3 are the guide's own title (`2024年度
# 蟹江町 蓄電池補助金ガイド`, `令和6年度 蟹江町 …`): no mentions (GUIDE: a document's title line). The heading `令和6年度の
# 補助金額・補助内容` is a fiscal year and labels the table under it: `80,000円`, `50,000円`, `10,000円` flat grants
# (`support`, no qualifier) and `単体設置の最大補助上限 | 60,000円まで` a cap (at_most), all fy 2024, traps. `1世帯につき
# 1回限り` a count of 1 回, at_most (NEW: `限り` read as a limit word, like fresh23c's `を限度`); `3月15日(年度末)` the
# report deadline of the FY2024 scheme: 2025-03-15, no qualifier (no `まで` beside it; arguable).
S = "support"
M = [
    fyr(11, "令和6年度", 2024),
    trap(amt(15, "80,000円", 80000, role=S, fy=2024), "一体設置", "a flat grant per household (support)"),
    trap(amt(16, "50,000円", 50000, role=S, fy=2024), "単体設置 蓄電池または充給電設備", "a flat grant per household (support)"),
    trap(amt(16, "10,000円", 10000, role=S, fy=2024), "単体設置 HEMS", "a flat grant per household (support)"),
    trap(amt(17, "60,000円", None, 60000, role=S, fy=2024, q=("at_most",)), "単体設置の最大補助上限",
         "a cap per household (support)"),
    cnt(18, "1回", None, "回", 1, q=("at_most",)),
    date(25, "3月15日", "2025-03-15"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
