from kinds import amt, cnt

DOC = "miki_bus_hojokin_blog"
# A 三木市 (兵庫県) councillor's blog (goo, mituda_1965) on the city's bus subsidies: `3本` a count; the subsidy proposed at the
# `26年3月議会` (no era: no mention) for a direct bus, `補助金2億5000万円`: `support` (a subsidy to one operator's route, the
# GUIDE's support), fy null; neither a row (a row is a budget role; fresh20a) nor a trap (it is the money proposed for the
# programme, so a reader could take it for one).
M = [
    cnt(4, "3本", 3, "本"),
    amt(6, "2億5000万円", 250000000, role="support"),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
