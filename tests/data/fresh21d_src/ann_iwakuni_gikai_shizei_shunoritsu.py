from kinds import amt, date, fyr, pct, trap, traps

DOC = "iwakuni_gikai_shizei_shunoritsu"
# A chiholog search page over 山口県岩国市議会's minutes: the header `2024-06-18 06月18日` (two dates of one day: the
# ISO date and the month-day, each a mention), the 令和4年度 市税 results twice (the excerpt repeats the answer:
# 現年課税分 収入済額 `約186億1,900万円`, 滞納繰越分 `約1億5,400万円`: `other`, fy 2022, approx, traps), other meetings'
# rates (a 令和4年度 収納率 and its changes `0.1%`, `0.91%`; the rates `25.0%` / `90.0%` assumed in a new year's budget:
# percents). `令和元年中` a calendar year: a date (2019).
O = "other"
RES = "a collection result (収入済額), not a budget"
M = [
    date(1, "2024-06-18", "2024-06-18"),
    date(1, "06月18日", "2024-06-18"),
]
for line in (2, 3):
    M += [
        fyr(line, "令和4年度", 2022),
        trap(amt(line, "186億1,900万円", 18619000000, role=O, fy=2022, q=("approx",)), "市税 現年課税分 収入済額", RES),
        pct(line, "99.15%", 99.15),
        trap(amt(line, "1億5,400万円", 154000000, role=O, fy=2022, q=("approx",)), "市税 滞納繰越分 収入済額", RES),
        pct(line, "31.5%", 31.5),
    ]
M += [
    fyr(4, "令和4年度", 2022),
    pct(4, "95.08%", 95.08),
    pct(4, "0.1%", 0.1),
    pct(4, "29.81%", 29.81),
    pct(4, "0.91%", 0.91),
    pct(5, "25.0%", 25.0),
    pct(5, "90.0%", 90.0),
    date(6, "令和元年", "2019"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
