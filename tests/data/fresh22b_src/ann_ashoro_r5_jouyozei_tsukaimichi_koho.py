from kinds import amt, date, fyr, pct, trap, traps

DOC = "ashoro_r5_jouyozei_tsukaimichi_koho"
# 足寄町 (北海道)'s newsletter article (広報あしょろ 令和6年11月号 on mykoho.jp, by the address): the main uses of 令和5年度's
# 森林環境譲与税, each closed by `令和5年度実績 N万円` (settled spending: `other`, fy 2023 from the line, traps: fresh17c).
# `およそ80%` 80 approx; areas `約14万ヘクタール`, `約12万ヘクタール` no mentions (physical units). `本年4月から徴収が始まった`
# (the national tax, levied from April 2024): a date of the newsletter's year, 2024-04 (fresh16a's `今年8月`; the address
# dates the issue 令和6年11月).
O = "other"
R = "a past year's settled spending on one use (実績), not a budget"
M = [
    pct(1, "80%", 80, q=("approx",)),
    date(4, "本年4月", "2024-04"),
    fyr(5, "令和5年度", 2023),
    fyr(9, "令和5年度", 2023),
    trap(amt(9, "1,921万円", 19210000, role=O, fy=2023), "私有林整備 令和5年度実績", R),
    fyr(12, "令和5年度", 2023),
    trap(amt(12, "1,680万円", 16800000, role=O, fy=2023), "林道・林業専用道の整備など 令和5年度実績", R),
    fyr(15, "令和5年度", 2023),
    trap(amt(15, "431万円", 4310000, role=O, fy=2023), "専門員の雇用 令和5年度実績", R),
    fyr(18, "令和5年度", 2023),
    trap(amt(18, "724万円", 7240000, role=O, fy=2023), "民有林内作業道の新設・維持補修 令和5年度実績", R),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
