from kinds import amt, cnt, date, dur, fyr, pct

DOC = "shikokuchuo_demand_taxi_iwatsuki_giin"
# A さいたま市 councillor's report (yoshida-iwatsuki.jp, 2015-09-25) of a visit to 愛媛県四国中央市's デマンドタクシー: its
# history (`平成20年1月`, `平成22年~24年` one span 2010..2012, `平成25年度`), booking (`1週間前` a duration; `30分前` minutes,
# no kind), fares (`1回あたり400円`, the taxi's `560円~580円`: `other`, no row, no trap: a fare is no programme money),
# registrations (`約5600人`, `80%以上`), and さいたま市's own routes (`6つ`, `2つ`). `1回あたり` no count (fresh8a);
# `65歳以上` an age.
O = "other"
M = [
    cnt(3, "6つ", 6, "つ"),
    cnt(3, "2つ", 2, "つ"),
    date(5, "平成20年1月", "2008-01"),
    date(5, "平成22年~24年", "2010", "2012"),
    fyr(5, "平成25年度", 2013),
    dur(6, "1週間", 1, "week"),
    cnt(6, "3つ", 3, "つ"),
    amt(6, "400円", 400, role=O),
    amt(6, "560円~580円", 560, 580, role=O),
    date(7, "平成27年3月", "2015-03"),
    cnt(7, "5600人", 5600, "人", q=("approx",)),
    pct(7, "80%", 80, None, q=("at_least",)),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
