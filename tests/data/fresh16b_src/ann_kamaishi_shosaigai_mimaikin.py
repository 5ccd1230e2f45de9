from kinds import amt, trap, traps

DOC = "kamaishi_shosaigai_mimaikin"
# 釜石市's page on its consolation money for small disasters and the statutory 災害弔慰金 / 災害障害見舞金. Every figure is
# a payment's size per household or per person: `support`, per null, fy null (no year written), traps (grant sizes,
# fresh8b / fresh11 calls: `一世帯7万円`, `子ども1人当たり5万円`). `一世帯あたり`, `一人当たり` are rate markers (no
# counts); `1.`-`3.` list numbers; `半額` no mention. No rows.
S = "support"
R = "a payment's size per household or person, not a budget"
M = [
    trap(amt(4, "50,000円", 50000, role=S), "住宅被害見舞金 全焼・全壊世帯 (一世帯あたり)", R),
    trap(amt(5, "30,000円", 30000, role=S), "住宅被害見舞金 半焼・半壊世帯", R),
    trap(amt(6, "30,000円", 30000, role=S), "住宅被害見舞金 床上浸水世帯", R),
    trap(amt(9, "30,000円", 30000, role=S), "弔慰金 死亡者 (一人当たり)", R),
    trap(amt(10, "20,000円", 20000, role=S), "見舞金 重傷者", R),
    trap(amt(11, "10,000円", 10000, role=S), "見舞金 軽傷者", R),
    trap(amt(16, "500万円", 5000000, role=S), "災害弔慰金 主たる生計維持者", R),
    trap(amt(17, "250万円", 2500000, role=S), "災害弔慰金 その他の場合", R),
    trap(amt(19, "250万円", 2500000, role=S), "災害障害見舞金 主たる生計維持者", R),
    trap(amt(20, "125万円", 1250000, role=S), "災害障害見舞金 その他の場合", R),
]
ROWS: list = []
NOT_ROWS = traps(M)
