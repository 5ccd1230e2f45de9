from kinds import amt, date, fyr, trap, traps

DOC = "misaki_r4_comibus_shitsumon_giin"
# A 岬町 (大阪府) councillor's site (t-matsuo.net): his 令和4年9月 question on the town's コミュニティバス and the answer.
# `R4年9月` is a date (2022-09), twice (the title is repeated). The answer `令和4年度の予算額の歳出総額は、バス運行委託料
# 6,748万5,000円、…修繕料312万7,000円を含め、7,274万9,000円`: the total is the programme's row (`budget`, fy 2022); its two parts
# sit under the same 予算額 label (GUIDE: a label applies to the items under it) — `budget`, fy 2022, traps (breakdowns of the
# row). The councillor's restatement `7,200万円ぐらい` (approx, as 程度) `other`, fy 2022, a trap. `1人当たり` no count
# (fresh8a); the address number and phone are no mentions.
O = "other"
M = [
    date(4, "R4年9月", "2022-09"),
    date(5, "R4年9月", "2022-09"),
    fyr(16, "令和4年度", 2022),
    trap(amt(16, "6,748万5,000円", 67485000, fy=2022), "バス運行委託料 (予算額の内訳)", "a breakdown of the programme's budget"),
    trap(amt(16, "312万7,000円", 3127000, fy=2022), "修繕料 (予算額の内訳)", "a breakdown of the programme's budget"),
    amt(16, "7,274万9,000円", 72749000, fy=2022),
    trap(amt(18, "7,200万円", 72000000, role=O, fy=2022, q=("approx",)), "議員の概数 (税金)",
         "a rounded restatement of the budget without the purchase"),
]
ROWS = [dict(line=16, text="7,274万9,000円", fy=2022, budget_yen=72749000, program="コミュニティバス運行 (岬町)",
             aliases=["コミュニティバスに係る予算", "コミュニティバス事業"], role="budget",
             why="令和4年度の予算額の歳出総額 of the town's community bus, stated in the answer")]
NOT_ROWS = traps(M)
