from kinds import amt, cnt, date, dur, fyr, pct, rank

DOC = "shikokuchuo_demand_taxi_kofu_giin_shisatsu"
# A 甲府市 councillor's blog (ken2000.com) on a visit to 愛媛県四国中央市's デマンドタクシー: the city in figures (`約87,000人`,
# `30.1%`, `2市1町1村` three counts, `全国一位` a rank, the quoted 出荷額 `約6′, ‘000億円余り` — the page's garbled 6,000億円:
# `other`, approx, at_least for `余り` as fresh7a's `余`), transport (`6駅`, `2駅`, `4路線`, `1路線`, `6社`, `約100台`, `7路線`,
# the fare `1回300円`: `other`, `1回` no count as fresh8a's `1件当たり`), and the scheme's history (dates; `2年間`). `H27国勢調査`:
# `H27` a fiscal_year by the GUIDE's era-abbreviation rule. `11月20日` (the visit; the page names no year) and `24年4月` (no
# era: GUIDE) are no mentions; `2日目` an ordinal; `2倍`, `約半分`, `420㎢` no kind.
O = "other"
M = [
    cnt(2, "87,000人", 87000, "人", q=("approx",)),
    fyr(2, "H27", 2015),
    pct(2, "30.1%", 30.1),
    date(3, "平成16年4月", "2004-04"),
    cnt(3, "2市", 2, "市"),
    cnt(3, "1町", 1, "町"),
    cnt(3, "1村", 1, "村"),
    rank(3, "一位", 1),
    amt(3, "6′, ‘000億円", 600000000000, None, role=O, q=("approx", "at_least")),
    cnt(4, "6駅", 6, "駅"),
    cnt(4, "2駅", 2, "駅"),
    cnt(4, "4路線", 4, "路線"),
    cnt(4, "1路線", 1, "路線"),
    cnt(4, "6社", 6, "社"),
    cnt(4, "100台", 100, "台", q=("approx",)),
    cnt(4, "7路線", 7, "路線"),
    amt(4, "300円", 300, role=O),
    date(5, "平成18年", "2006"),
    date(5, "平成19年10月", "2007-10"),
    date(5, "平成20年1月", "2008-01"),
    date(6, "平成22年4月", "2010-04"),
    date(6, "平成24年3月", "2012-03"),
    dur(6, "2年間", 2, "year"),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
