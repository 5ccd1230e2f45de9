from kinds import amt, date, dur, fyr, trap, traps

DOC = "iki_r2_chuki_zaisei_shinpou"
# 壱岐新報 (2021-01-26) on 壱岐市's 中期財政計画 (今年度 to 令和6年度): the 財政調整基金's balance now (`約10億円`) and in
# five years (`6千万円`). Both `other` (balances: brief), traps. The headline's `6千万円` names no year on its line
# (`5年後` is relative): fy null; the body's `令和6年度には6千万円` fy 2024; `現在、約10億円` fy null (no year written).
# `2021.1.26` a dotted date (GUIDE). `5年後`, `5年間`, `3年連続` durations (GUIDE `9年ぶり`); `感染第3波` an ordinal.
O = "other"
B = "a fund balance (now or projected), no budget"
M = [
    date(1, "2021.1.26", "2021-01-26"), dur(1, "5年", 5, "year"),
    trap(amt(1, "6千万円", 60000000, role=O), "財政調整基金残高 5年後 (見出し)", B),
    dur(2, "5年", 5, "year"),
    fyr(3, "令和6年度", 2024), dur(3, "5年間", 5, "year"),
    trap(amt(3, "10億円", 1000000000, role=O, q=("approx",)), "現在の財政調整基金残高", B),
    dur(3, "5年", 5, "year"), fyr(3, "令和6年度", 2024),
    trap(amt(3, "6千万円", 60000000, role=O, fy=2024), "令和6年度 財政調整基金残高", B),
    dur(3, "3年", 3, "year"),
    dur(4, "5年間", 5, "year"),
]
ROWS: list = []
NOT_ROWS = traps(M)
