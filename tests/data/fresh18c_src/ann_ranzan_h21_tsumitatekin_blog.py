from kinds import amt, cnt, date, fyr, pct, trap, traps

DOC = "ranzan_h21_tsumitatekin_blog"
# 埼玉県嵐山町's funds as a town council member's site explains them (tom-shibuya.com, 積立金による財政のやりくり): the kinds
# of fund, the 財政調整基金 at the end of 平成21年度 (`5100万円ほど`), the 特定目的基金 (`13695万円`, with the 定額運用基金's
# 奨学金 `6400万円` and 土地開発基金 `5000万円` in it). Every figure a balance, `other`, a trap; fy 2009 (the 平成21年度末 of
# the sentence before carries to the next one: a label applies until the next, GUIDE; arguable, null ×3). `ほど` approx
# (as 程度). `H11年` a date (1999: an era abbreviation with 年, not 年度; NEW, arguable: a fiscal year); `12年` joined to it
# by `と` a date 2000, taking the first's era (blind audit: was no mention; as the era-less second end of fresh13b's
# `平成20年度から24年度`, fresh17e's `平成15年度から18年度`; arguable: the GUIDE reads a lone era-less year as no mention).
# `3つの種類` a count of つ; `10%` a percent; `本年度` relative, no mention.
O = "other"
BAL = "a fund's balance (基金残高), not a budget"
M = [
    cnt(5, "3つ", 3, "つ"), date(13, "H11年", "1999"), date(13, "12年", "2000"), pct(16, "10%", 10),
    fyr(17, "平成21年度", 2009),
    trap(amt(17, "5100万円", 51000000, role=O, fy=2009, q=("approx",)), "財政調整基金 平成21年度末残高", BAL),
    trap(amt(18, "6400万円", 64000000, role=O, fy=2009), "定額運用基金 奨学金 (特定目的基金の内)", BAL),
    trap(amt(18, "5000万円", 50000000, role=O, fy=2009), "土地開発基金 (特定目的基金の内)", BAL),
    trap(amt(18, "13695万円", 136950000, role=O, fy=2009), "特定目的基金 残高", BAL),
    fyr(20, "平成21年度", 2009),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
