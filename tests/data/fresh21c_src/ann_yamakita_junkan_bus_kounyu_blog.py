from kinds import amt, cnt, date, pct, trap, traps

DOC = "yamakita_junkan_bus_kounyu_blog"
# A blog (goo, kiyop) summarising 神奈川県山北町's 広報やまきた (5月/No.615, 2006) on the town's 循環バス: the purchase of two
# buses (`47,775,000円`), the grants (`4222万円` from 国・県, `support`, a trap), the town's share (`555万5千円`, per bus
# `277万7500円`: `other`, traps), the grant's cap (`補助限度額1000万円`: `support`, at_most, min null, a trap) and the fares of
# the promotion (`50円`, `100円`, `200円`: `other`). No fiscal year is written with an era or four digits: fy null. The deck's
# year is 2006 (`18年度` = 平成18, the 追記 `06/05/08`), so the schedule's `4/1` and `4/1~5/31` are dated 2006; `18年度` and
# `06/05/08` themselves are no mentions (era-less / two-digit years: fresh4, fresh10b). `1台あたり` no count (fresh8a's
# `1件当たり`); `3キロ` a distance; the issue label `5月/No.615` (the 広報's May issue) no date (audit: earlier sets' `7月号`,
# `広報ほこた 2016年3月号` are edition labels); `No.615` and the list numbers `(1)`…`(10)` no mentions.
O = "other"
M = [
    cnt(3, "2台", 2, "台"),
    trap(amt(3, "47,775,000円", 47775000, role=O), "車両購入費 (2台)", "the cost of two buses, split between grants and town"),
    trap(amt(4, "4222万円", 42220000, role="support"), "国・県等からの補助額", "grants received for the purchase"),
    trap(amt(4, "555万5千円", 5555000, role=O), "町負担額", "the town's share of the purchase"),
    trap(amt(4, "277万7500円", 2777500, role=O), "町負担額 1台あたり", "a per-bus conversion"),
    trap(amt(6, "1000万円", None, 10000000, role="support", q=("at_most",)), "補助限度額", "a grant's cap"),
    pct(9, "80%", 80),
    date(12, "4/1", "2006-04-01"),
    amt(12, "50円", 50, role=O),
    amt(12, "100円", 100, role=O),
    cnt(12, "20枚", 20, "枚"),
    amt(12, "100円", 100, role=O),
    amt(12, "200円", 200, role=O),
    date(13, "4/1~5/31", "2006-04-01", "2006-05-31"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
