from kinds import amt, fyr, trap, traps

DOC = "saga_u_h26_kessan_houkoku"
# 佐賀大学 平成26年度 決算報告書 on one line: bare cells under `( 単 位:百 万 円 )` (the header unit spaced out; every cell,
# the named works row `うち(鍋島)総合研究棟改修(医学系)事業` included, no mention: fresh12d's bare cells however budget-like
# their row); the first note's difference `予算額に比して決算 額が487百万円少額`: `other`, FY2014, a trap (fresh11a).
O, FY = "other", 2014
M = [
    fyr(1, "平成26事業年度", FY), fyr(1, "平成26年度", FY),
    trap(amt(1, "487百万円", 487000000, role=O, fy=FY),
         "a difference between the settlement and the budget (運営費交付金 決算-予算)", "a difference, not a budget"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
