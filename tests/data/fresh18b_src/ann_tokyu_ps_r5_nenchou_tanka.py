from kinds import amt, date, trap, traps

DOC = "tokyu_ps_r5_nenchou_tanka"
# 東急パワーサプライ's page of monthly fuel-cost adjustment unit prices (tokyu-ps.jp): the table's cells did not survive the
# stored text (its headers stand alone: no mention), its notes did: the national discount included in the unit price,
# `値引き単価(低圧供給:7.00円/kWh)` and `(高圧供給:3.50円/kWh)`, each twice (the low-voltage and the high-voltage tables'
# notes): `support`, per null, fy null, traps (the set's per-unit subsidies; the repeats annotated as written, fresh17a's
# doubled layer). `2023年4月分より` a point (GUIDE: `より` gives a point), `2023年2月1日` a date, `3月分` 2023-03 (the year-less
# month takes the note's year). `※1` … note marks: no mentions.
S = "support"
U = "a discount per kWh included in the unit price (a per-unit subsidy), not a budget row"
M = [
    trap(amt(9, "7.00円", 7.0, role=S), "低圧供給 値引き単価 (国の激変緩和措置)", U),
    date(10, "2023年4月", "2023-04"), date(10, "2023年2月1日", "2023-02-01"), date(10, "3月", "2023-03"),
    trap(amt(11, "3.50円", 3.5, role=S), "高圧供給 値引き単価 (国の激変緩和措置)", U),
    trap(amt(13, "7.00円", 7.0, role=S), "低圧供給 値引き単価 (国の激変緩和措置, 再掲)", U),
    trap(amt(14, "3.50円", 3.5, role=S), "高圧供給 値引き単価 (国の激変緩和措置, 再掲)", U),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
