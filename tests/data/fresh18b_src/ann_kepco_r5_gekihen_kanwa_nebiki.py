from kinds import amt, date, fyr, trap, traps

DOC = "kepco_r5_gekihen_kanwa_nebiki"
# 関西電力's page for business customers (biz.kepco.jp) on the national 電気・ガス価格激変緩和対策事業 as it applies to its
# electricity and gas bills: the scheme's origin (`2022年10月に政府が決定`), its span (`2023年度前半にかけて`), the customers
# covered, the period `2023年2月分料金~2023年10月分料金` (one date span, GUIDE's `2024年4月23日（火）～24日（水）`: a `~` range
# is one mention even with words inside; arguable: two points) and the discount per unit in one flattened table row:
# `1kWhあたり 7.0円` (低圧), `3.5円` (高圧), `1㎥あたり 30.00円` (小口ガス), `27.28円` (大口ガス). Each a subsidy per kWh or m3:
# `support`, per null (the GUIDE has no per-kWh value; fresh10a's `5万円/kWh` per-unit grant), fy null (a scheme's
# terms over months of two fiscal years), traps. `1kWhあたり`, `1㎥あたり` per-unit words: no count. `1000万㎥以上` a
# physical unit; `0120-013-305`, `9:00~17:00` telephone and clock; list numbers `1.` … `7.`: no mentions.
S = "support"
U = "a discount per unit of energy (a per-unit subsidy), not a budget row"
M = [
    date(3, "2022年10月", "2022-10"),
    fyr(4, "2023年度", 2023),
    date(11, "2023年2月分料金~2023年10月", "2023-02", "2023-10"),
    trap(amt(15, "7.0円", 7.0, role=S), "電気 低圧 値引き単価 (1kWhあたり)", U),
    trap(amt(15, "3.5円", 3.5, role=S), "電気 高圧 値引き単価 (1kWhあたり)", U),
    trap(amt(15, "30.00円", 30.0, role=S), "都市ガス 小口 値引き単価 (1㎥あたり)", U),
    trap(amt(15, "27.28円", 27.28, role=S), "都市ガス 大口 値引き単価 (1㎥あたり, 税抜)", U),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
