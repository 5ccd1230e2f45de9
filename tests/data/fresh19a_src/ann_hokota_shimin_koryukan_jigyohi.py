from kinds import amt, fyr, pct, trap, traps

DOC = "hokota_shimin_koryukan_jigyohi"
# 茨城県鉾田市's 広報ほこた 2016年3月号 (an e-book page's text) on its planned 市民交流館: the 概算事業費 `約50億円` (`other`, fy
# null, a trap), two tables flattened into one line under `(単位:百万円)` whose bare cells (`4,300`, `4,994`, `3,552` …) are
# no mentions (GUIDE: bare numbers under a header unit), the 基金 balance `150億円余り` (`余り` at_least; `other`) and the
# 合併特例債 ceiling `約179億円を限度として` (approx, at_most; `other`, a trap) up to `平成37年度まで` (null..2025, at_most).
# `消費税8%` a percent. The issue label `2016年3月号` (four times) and the page `3/16`, `3ページ` no mentions.
O = "other"
M = [
    trap(amt(11, "50億円", 5000000000, role=O, q=("approx",)), "(仮称)鉾田市民交流館 概算事業費",
         "a planned facility's cost estimate, not an appropriation"),
    pct(11, "8%", 8),
    trap(amt(11, "150億円", 15000000000, None, role=O, q=("at_least",)), "基金の積立残高",
         "a fund balance (audit19a: a trap as fresh12c's 財政調整基金残高), not an appropriation"),
    fyr(11, "平成37年度", None, 2025, q=("at_most",)),
    trap(amt(11, "179億円", None, 17900000000, role=O, q=("approx", "at_most")), "合併特例債の借入限度",
         "a ceiling on the city's merger bonds, not a budget"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
