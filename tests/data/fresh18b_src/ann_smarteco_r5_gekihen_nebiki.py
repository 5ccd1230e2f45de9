from kinds import amt, date, trap, traps

DOC = "smarteco_r5_gekihen_nebiki"
# スマートエコ's page (smarteco.co.jp, a small electricity retailer) on its part in the national 電気・ガス価格激変緩和対策事業: applied
# `2022年12月12日`, adopted `同年12月26日` (2022-12-26), discounts from `2023年2月分以降` (2023-02..null, at_least: GUIDE's
# `以降`), the period `2023年2月検針分~2024年6月検針分まで` one span (a `~` range; `まで` closing a range adds no qualifier), the
# unit discounts `【低圧】税込み単価:7円/kWh【高圧】税込み単価:3.5円/kWh`: `support`, per null, fy null, traps. The quoted
# national text's `2023年春以降` a date 2023..null, at_least (`春` dropped, as GUIDE's `半ば`; arguable). `PPA` and the site's
# address: no mentions.
S = "support"
U = "a discount per kWh (a per-unit subsidy), not a budget row"
M = [
    date(3, "2022年12月12日", "2022-12-12"), date(3, "12月26日", "2022-12-26"),
    date(3, "2023年2月", "2023-02", None, q=("at_least",)),
    date(5, "2023年春", "2023", None, q=("at_least",)),
    date(11, "2023年2月検針分~2024年6月", "2023-02", "2024-06"),
    trap(amt(16, "7円", 7, role=S), "低圧 値引き単価 (税込, 1kWhあたり)", U),
    trap(amt(16, "3.5円", 3.5, role=S), "高圧 値引き単価 (税込, 1kWhあたり)", U),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
