from kinds import amt, trap, traps

DOC = "itoigawa_taiyoko_onsuiki_chikudenchi"
# 新潟県糸魚川市's page on its grants for rooftop solar, solar water heaters and stationary batteries (a flattened table).
# Unit grants `設備容量1kW当たり40,000円`, `設備容量1kWh当たり10,000円` are `support`, per null, no qualifier (fresh23c);
# `上限200,000円`, `上限100,000円` (twice) caps per household, `support`, at_most. fy null (the page names no year).
# `1,000円未満の端数` (three times) a rounding unit, no mention (fresh23c's blind audit); `10kW未満` physical; `1/4` a
# fraction; the URL no mention.
S = "support"
AM = ("at_most",)
M = [
    trap(amt(10, "40,000円", 40000, role=S), "太陽光発電設備 1kW当たり40,000円", "a unit grant per kW (support)"),
    trap(amt(12, "200,000円", None, 200000, role=S, q=AM), "太陽光発電設備 上限", "a cap per household (support)"),
    trap(amt(15, "100,000円", None, 100000, role=S, q=AM), "太陽熱利用温水器 上限", "a cap per household (support)"),
    trap(amt(23, "10,000円", 10000, role=S), "定置型蓄電池 1kWh当たり10,000円", "a unit grant per kWh (support)"),
    trap(amt(25, "100,000円", None, 100000, role=S, q=AM), "定置型蓄電池 上限", "a cap per household (support)"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
