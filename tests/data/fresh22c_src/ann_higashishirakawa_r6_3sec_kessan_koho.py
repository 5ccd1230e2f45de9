from kinds import amt, fyr, trap, traps

DOC = "higashishirakawa_r6_3sec_kessan_koho"
# 岐阜県東白川村's 広報ひがししらかわ (2025年(令和7年)7月号 No.172: an issue label, no date), the mayor's column on the
# 令和6年度 results of the village's companies: `200万1千円の損失決算`, `特別損失を621万5千円`, `約349万7千円の赤字` —
# settled figures, `other`, fy 2024, traps; `5,500万円の資本金` (a balance) and its fall `569万円減少` `other`, fy 2024
# (the year's change), traps. `1/21` (an article counter) no mention; `今月` no number.
O = "other"
M = [
    fyr(8, "令和6年度", 2024),
    fyr(10, "令和6年度", 2024),
    trap(amt(10, "200万1千円", 2001000, role=O, fy=2024), "株式会社東白川 令和6年度 損失", "a settled loss"),
    trap(amt(10, "621万5千円", 6215000, role=O, fy=2024), "株式会社東白川 特別損失", "a settled loss line"),
    fyr(12, "令和6年度", 2024),
    trap(amt(13, "349万7千円", 3497000, role=O, fy=2024, q=("approx",)), "みのりの郷東白川 令和6年度 赤字", "a settled deficit"),
    trap(amt(13, "5,500万円", 55000000, role=O, fy=2024), "みのりの郷東白川 資本金", "a company's capital (a balance)"),
    trap(amt(13, "569万円", 5690000, role=O, fy=2024), "みのりの郷東白川 資本金の減少", "a change of a balance"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
