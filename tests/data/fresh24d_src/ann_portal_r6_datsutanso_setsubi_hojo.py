from kinds import amt, date, trap, traps

DOC = "portal_r6_datsutanso_setsubi_hojo"
# A grant portal's article (hojyokin-portal.jp) copying a city's (`本市`, unnamed in the stored part) page on its grants
# for rooftop solar, batteries and efficient water heaters. Unit grants `1キロワットあたり70,000円`, `1キロワットアワーあたり
# 40,000円` (`support`, per null) and caps `上限700,000円`, `上限400,000円` (`support`, at_most); `補助対象経費が120,000円未満の
# 場合` a threshold of the cost the rule is for: `support`, at_most, min null (fresh23c's purchase thresholds, here with
# `未満`), a trap. fy null. `令和6年8月23日以降` (twice) date..null at_least. `1,000円未満の端数` a rounding unit; `再エネ
# 100%電力メニュー` a product's name (NEW, arguable: as the GUIDE's `TOP10%論文`), no mention; `3.2キロワット`, `3.284
# キロワットアワー` physical; `小数第2位`, `3分の1` no mentions.
S = "support"
AM = ("at_most",)
M = [
    date(6, "令和6年8月23日", "2024-08-23", None, q=("at_least",)),
    date(9, "令和6年8月23日", "2024-08-23", None, q=("at_least",)),
    trap(amt(13, "70,000円", 70000, role=S), "太陽光発電設備 1キロワットあたり", "a unit grant per kW (support)"),
    trap(amt(13, "700,000円", None, 700000, role=S, q=AM), "太陽光発電設備 上限", "a cap per household (support)"),
    trap(amt(18, "40,000円", 40000, role=S), "蓄電池 1キロワットアワーあたり", "a unit grant per kWh (support)"),
    trap(amt(18, "400,000円", None, 400000, role=S, q=AM), "蓄電池 上限", "a cap per household (support)"),
    trap(amt(19, "120,000円", None, 120000, role=S, q=AM), "補助対象経費が120,000円未満の場合",
         "a threshold of the cost a rule applies to (support)"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
