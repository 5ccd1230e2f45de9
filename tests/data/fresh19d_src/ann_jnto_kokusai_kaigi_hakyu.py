from kinds import amt, cnt, fyr, trap, traps

DOC = "jnto_kokusai_kaigi_hakyu"
# 日本政府観光局 (JNTO)'s survey of the economic ripple effect of international conferences (観光経済新聞). Every amount is an
# estimated effect per conference (direct effect, 生産誘発効果, 税収増大効果) for the host city, prefecture and the nation:
# role `other`, per null (per conference is no `per` of the GUIDE's list). fy 2010: the survey's scope `2010年度に…開かれた
# 国際会議` is a fiscal year and every figure is of that scope (a scope year of the document, as a title's year). Traps: the
# averages per conference of the lead (`約1億円`, `約2億円`). `10年6〜11月`: no mention, the months with their
# two-digit year (GUIDE's `8年2月`; fresh18d's `19年7月〜8月`, fresh16c's `22年5月`; audit19d). `16の国際会議` a count of the noun 国際会議.
O = "other"
Y = 2010
M = [
    fyr(1, "2010年度", Y),
    cnt(1, "12都市", 12, "都市"),
    cnt(1, "16件", 16, "件"),
    trap(amt(1, "1億円", 100000000, role=O, fy=Y, q=("approx",)), "会議1件当たりの直接的経済波及効果 (平均)",
         "an estimated effect per conference"),
    trap(amt(1, "2億円", 200000000, role=O, fy=Y, q=("approx",)), "会議1件当たりの生産誘発効果 (平均)",
         "an estimated effect per conference"),
    cnt(2, "16の国際会議", 16, "国際会議"),
    cnt(2, "12都市", 12, "都市"),
    cnt(2, "4件", 4, "件"),
    cnt(2, "10件", 10, "件"),
    cnt(2, "2件", 2, "件"),
    cnt(2, "908人", 908, "人"),
    cnt(2, "438人", 438, "人"),
    amt(3, "1億1610万円", 116100000, role=O, fy=Y),
    amt(3, "1億9179万円", 191790000, role=O, fy=Y),
    amt(3, "204万円", 2040000, role=O, fy=Y),
    amt(4, "1億1952万円", 119520000, role=O, fy=Y),
    amt(4, "2億1686万円", 216860000, role=O, fy=Y),
    amt(4, "412万円", 4120000, role=O, fy=Y),
    amt(4, "1億7713万円", 177130000, role=O, fy=Y),
    amt(4, "5億8329万円", 583290000, role=O, fy=Y),
    amt(4, "1006万円", 10060000, role=O, fy=Y),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
