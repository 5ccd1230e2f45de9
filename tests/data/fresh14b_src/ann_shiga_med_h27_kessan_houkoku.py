from kinds import amt, fyr, trap, traps

DOC = "shiga_med_h27_kessan_houkoku"
# 滋賀医科大学 平成27年度 決算報告書 on one line: bare cells under `(単位:百万円)` (no mentions); the notes' differences
# `予算金額に比して決算金額が131百万円多額`, `5百万円多額`, `14百万円少額`, `393百 万円多額` (the unit broken by a space,
# kept as stored): `other`, FY2015, traps (fresh11a). `-27-` a page number, `(注1)`: no mentions.
O, FY = "other", 2015
D = ("a difference between the settlement and the budget (決算金額 against 予算金額)", "a difference, not a budget")
M = [
    fyr(1, "平成27年度", FY),
    trap(amt(1, "131百万円", 131000000, role=O, fy=FY), *D),
    trap(amt(1, "5百万円", 5000000, role=O, fy=FY), *D),
    trap(amt(1, "14百万円", 14000000, role=O, fy=FY), *D),
    trap(amt(1, "393百 万円", 393000000, role=O, fy=FY), *D),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
