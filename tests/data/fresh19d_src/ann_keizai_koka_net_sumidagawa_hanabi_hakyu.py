from kinds import amt, cnt, date, fyr, pct, trap, traps

DOC = "keizai_koka_net_sumidagawa_hanabi_hakyu"
# 経済効果NET's estimate of the economic ripple effect of the 第46回隅田川花火大会 (2023-07-29), from 墨田区's tourism statistics
# and the event's past budgets. The amounts are consumption and effect estimates (role `other`, fy null: the event is dated by
# a calendar day), the tax effect `1億6300万円` (other), the public `補助金の4500万円` (`support`: a subsidy's size, fy null) and
# the `4670万円の行政投資額` (the public money put into the event, taken from a FY2022 評価シート: `other`, fy null; arguable:
# it could be read as the event's 事業費 of 令和4年度). Traps: the total effect (headline, lead `およそ157億円`, the prose's
# `157億6800万円` twice), the subsidy and the public investment. `旅行・観光消費動向調査 2022年(確報)第15表` a named survey
# edition (no date); `令和4年度施策評価シート` gives a fiscal_year mention 2022 (unquoted; arguable). Per-person spending
# (`1人5334円`, `観衆1人あたりは7,530円`): per null.
O = "other"
E = "隅田川花火大会の経済波及効果"
M = [
    trap(amt(1, "157億円", 15700000000, role=O), E + " (見出し)", "an estimated economic effect"),
    date(3, "2023年7月29日", "2023-07-29"),
    cnt(3, "103万人", 1030000, "人"),
    trap(amt(3, "157億円", 15700000000, role=O, q=("approx",)), E, "an estimated economic effect"),
    pct(4, "85.9%", 85.9),
    pct(4, "14%", 14),
    amt(4, "5334円", 5334, role=O),
    amt(4, "10115円", 10115, role=O),
    cnt(4, "103万人", 1030000, "人"),
    amt(4, "12億2500万円", 1225000000, role=O),
    amt(4, "11億9100万円", 1191000000, role=O),
    fyr(6, "令和4年度", 2022),
    amt(8, "75億3000万円", 7530000000, role=O),
    amt(8, "7,530円", 7530, role=O),
    trap(amt(9, "157億6800万円", 15768000000, role=O), E + " (総額)", "an estimated economic effect"),
    amt(10, "1億6300万円", 163000000, role=O),
    trap(amt(10, "4500万円", 45000000, role="support"), "隅田川花火大会への補助金", "a subsidy's size, an input of the comparison"),
    trap(amt(11, "4670万円", 46700000, role=O), "隅田川花火大会の行政投資額", "public money put into the event, an input"),
    trap(amt(11, "157億6800万円", 15768000000, role=O), E + " (総額)", "an estimated economic effect"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
