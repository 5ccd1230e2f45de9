from kinds import amt, date, fyr, pct, trap, traps

DOC = "koumi_r5_kessan_shinsa_iken"
# 長野県小海町's 監査委員: 令和5年度小海町歳入歳出決算審査意見書(1), reprinted in the town's 公民館報 on mykoho.jp: the review's
# dates, its result and the first opinions on revenue, each a CHANGE against the previous year with its rate
# (`町税は…対前年度比3,727千円(△0.6%)減`, `地方譲与税…514千円`, `地方交付税…37,332千円`, `国庫支出金…138,029千円`): `other`
# (changes, earlier calls), fy 2023 (the title's 令和5年度 labels the settlement reviewed: GUIDE, the title as a label),
# traps; the rates are percents (`△` a minus). `18/49` (the reprint's page) no mention; `24日`, `25日` dates of July 2024.
O = "other"
t = trap
C = "a change of a revenue item against the previous year in a settlement review: no budget"
M = [
    fyr(3, "令和5年度", 2023),
    date(10, "令和6年7月18日", "2024-07-18"),
    date(11, "令和6年7月23日", "2024-07-23"), date(11, "24日", "2024-07-24"), date(11, "25日", "2024-07-25"),
    t(amt(20, "3,727千円", 3727000, role=O, fy=2023), "町税 対前年度比 (減)", C), pct(20, "△0.6%", -0.6),
    t(amt(20, "514千円", 514000, role=O, fy=2023), "地方譲与税 対前年度比 (増)", C), pct(20, "0.6%", 0.6),
    t(amt(20, "37,332千円", 37332000, role=O, fy=2023), "地方交付税 対前年度比 (増)", C), pct(20, "1.9%", 1.9),
    t(amt(20, "138,029千円", 138029000, role=O, fy=2023), "国庫支出金 対前年比 (減)", C), pct(20, "△28.7%", -28.7),
    fyr(20, "令和5年度", 2023),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
