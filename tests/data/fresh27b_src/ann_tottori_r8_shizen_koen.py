from kinds import amt, cnt, trap, traps

DOC = "tottori_r8_shizen_koen"
# 鳥取県's budget-database sheet (令和8年度 by its address; the kept text starts inside the 細事業 table and writes NO
# year and no unit header): 細事業 lines with `要求額 | 前年度予算額` (`0 | 13,789`, `41,305 | 104,285`) and cost tables by
# 費目 (委託料, 工事請負費, 補助金) whose cells are bare: no mentions, no row (fresh26b). Only the 修繕 items of 細事業 3 carry
# `千円`: parts of a 細事業's cost, `other`, fy null (no year written), traps. `16箇所` a count (`箇所` → か所). Fractions
# `[国1/2]`, `[国45/100]`, `[県1/2]` no mentions. The text stops at `| 借地料 |` (kept as stored).
O = "other"
M = [
    trap(amt(27, "8,500千円", 8500000, role=O), "那岐山頂上トイレ汚物撤去", "a part of a 細事業's cost"),
    trap(amt(28, "2,500千円", 2500000, role=O), "鴨ヶ磯斜面点検", "a part of a 細事業's cost"),
    trap(amt(29, "15,000千円", 15000000, role=O), "修繕工事等枠", "a frame inside a 細事業's cost"),
    cnt(32, "16箇所", 16, "か所"),
]
ROWS: list = []
NOT_ROWS = traps(M)
