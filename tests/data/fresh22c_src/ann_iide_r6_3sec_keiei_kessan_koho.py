from kinds import amt, cnt, date, fyr, pct, trap, traps

DOC = "iide_r6_3sec_keiei_kessan_koho"
# 山形県飯豊町's 広報いいで (mykoho, 2025 by its content) on the 令和6年度 business results of the four companies it owns
# over 50%; the stored text holds the first, (株)飯豊町地域振興公社, and two of its divisions. The title's `令和6年度` gives
# every amount fy 2024 (GUIDE: the title is a label for the whole document). Money: 売上高 `3億7050万円` (twice, as a
# label line and in prose), 当期利益 / 当期純利益 `▲1771万円` (negative as written; twice), 繰越利益剰余金 `▲1億7284万円`
# (a balance), a division's `1億5550万円` and `▲1308万円`, the fall `618万円減` (a change) — settled figures, `other`,
# traps. `・` decimals (`2・3%`, `1・2万人`); counts of bathers and guests (`9万人`, `8万4000人` …) and their changes
# (`92人減`, `616人増`, `490人減`). Months of the business year: `4・5月` 2024-04..2024-05 (twice), `8月から10月` two points
# (GUIDE). `中津川事業部` is a place in 飯豊町, not 中津川市.
O = "other"
FY = 2024
M = [
    pct(1, "50%", 50, None, q=("at_least",)),
    cnt(1, "4つ", 4, "つ"),
    fyr(1, "令和6年度", 2024),
    trap(amt(4, "3億7050万円", 370500000, role=O, fy=FY), "(株)飯豊町地域振興公社 売上高", "a settled revenue total"),
    trap(amt(5, "▲1771万円", -17710000, role=O, fy=FY), "(株)飯豊町地域振興公社 当期利益", "a settled result"),
    cnt(6, "92人", 92, "人"),
    cnt(6, "9万人", 90000, "人"),
    cnt(6, "616人", 616, "人"),
    cnt(6, "1・2万人", 12000, "人"),
    pct(6, "2・3%", 2.3),
    trap(amt(6, "3億7050万円", 370500000, role=O, fy=FY), "(株)飯豊町地域振興公社 売上高 (prose)", "a settled revenue total"),
    trap(amt(6, "▲1771万円", -17710000, role=O, fy=FY), "(株)飯豊町地域振興公社 当期純利益 (prose)", "a settled result"),
    trap(amt(6, "▲1億7284万円", -172840000, role=O, fy=FY), "(株)飯豊町地域振興公社 繰越利益剰余金", "a balance"),
    pct(8, "0・5%", 0.5),
    cnt(8, "8万4000人", 84000, "人"),
    pct(8, "6・5%", 6.5),
    cnt(8, "6000人", 6000, "人"),
    pct(8, "9・3%", 9.3),
    cnt(8, "6300人", 6300, "人"),
    pct(8, "4・1%", 4.1),
    trap(amt(8, "1億5550万円", 155500000, role=O, fy=FY), "添川事業部 売上高", "a settled revenue of a division"),
    trap(amt(8, "618万円", 6180000, role=O, fy=FY), "添川事業部 当期純利益 前期比減", "a change against the year before"),
    trap(amt(8, "▲1308万円", -13080000, role=O, fy=FY), "添川事業部 当期純利益", "a settled result of a division"),
    date(10, "4・5月", "2024-04", "2024-05"),
    date(10, "8月", "2024-08"),
    date(10, "10月", "2024-10"),
    cnt(10, "490人", 490, "人"),
    cnt(10, "5400人", 5400, "人"),
    pct(10, "0・5%", 0.5),
    cnt(10, "2000人", 2000, "人"),
    date(10, "4・5月", "2024-04", "2024-05"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
