from kinds import amt, cnt, fyr, trap, traps

DOC = "higashishirakawa_r5_3sec_kessan_koho"
# 岐阜県東白川村's 広報ひがししらかわ (2024年(令和6年)7月号 No.160, by its address), the mayor's column reporting the
# 令和5年度 results of the village's companies: `103万9千円の赤字決算` and `約233万円の赤字` — settled deficits, `other`,
# fy 2023, traps. `1/25` (the article counter) no mention; `側状田植機2台` a count; `約半分` no number.
O = "other"
M = [
    fyr(7, "令和5年度", 2023),
    fyr(9, "令和5年度", 2023),
    trap(amt(9, "103万9千円", 1039000, role=O, fy=2023), "(株)東白川 令和5年度 赤字決算", "a settled deficit of a company"),
    fyr(11, "令和5年度", 2023),
    cnt(11, "2台", 2, "台"),
    trap(amt(12, "233万円", 2330000, role=O, fy=2023, q=("approx",)), "みのりの郷東白川(株) 令和5年度 収支決算 赤字",
         "a settled deficit of a company"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
