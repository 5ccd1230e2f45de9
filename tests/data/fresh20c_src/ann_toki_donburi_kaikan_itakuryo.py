from kinds import amt, cnt, date, dur, trap, traps

DOC = "toki_donburi_kaikan_itakuryo"
# 日本財団 library's 2000 case study of 岐阜県土岐市's road station どんぶり会館: its building cost and financing (総工費
# `14億5千万円程度`, 県 `約4億5千万円`, 市 `約10億円` with a 県補助金 `約5千万円` and a 地域総合整備事業債 `約4億5千万円`: each
# `other`, fy null, as fresh19a's project costs and financing sources) and its upkeep under a management contract with
# the potters' union (`委託料として年間300万円`, the station master's pay `180万円(月額15万円×12か月)`, utilities `年間4,500万円`,
# tenants' payments `650万円程`). Contract payments and running costs are `other` with per `year` where `年間` is written
# (NEW: `180万円` takes per year from `年間` before the list and its `月額15万円×12か月`; arguable per null); `月額15万円`
# per month. No appropriation: no rows; every amount a trap. `約480社`, `129社`, `6人`, `3つ` counts; `2か年`, `12か月`
# durations; `平成10年7月` a date; `第2・第4日曜` ordinals.
O = "other"
SRC = "a source of the building's financing plan"
M = [
    trap(amt(3, "14億5千万円", 1450000000, role=O, q=("approx",)), "どんぶり会館 総工費", "a project's cost"),
    trap(amt(4, "4億5千万円", 450000000, role=O, q=("approx",)), "財源内訳 県", SRC),
    trap(amt(5, "10億円", 1000000000, role=O, q=("approx",)), "財源内訳 市", SRC),
    trap(amt(5, "5千万円", 50000000, role=O, q=("approx",)), "財源内訳 県補助金", SRC),
    trap(amt(5, "4億5千万円", 450000000, role=O, q=("approx",)), "財源内訳 地域総合整備事業債", SRC),
    dur(5, "2か年", 2, "year"),
    date(7, "平成10年7月", "1998-07"),
    cnt(9, "480社", 480, "社", q=("approx",)),
    cnt(9, "129社", 129, "社"),
    cnt(10, "6人", 6, "人"),
    trap(amt(11, "300万円", 3000000, role=O, per="year"), "共販組合への委託料 (年間)", "a management contract's yearly fee"),
    trap(amt(11, "180万円", 1800000, role=O, per="year"), "駅長の報酬", "pay under the contract"),
    trap(amt(11, "15万円", 150000, role=O, per="month"), "駅長の報酬 月額", "pay under the contract"),
    dur(11, "12か月", 12, "month"),
    trap(amt(11, "4,500万円", 45000000, role=O, per="year"), "光熱費など (年間)", "running costs, a result"),
    cnt(12, "3つ", 3, "つ"),
    trap(amt(12, "650万円", 6500000, role=O, q=("approx",)), "テナントからの収入 合計", "revenue, a result"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
