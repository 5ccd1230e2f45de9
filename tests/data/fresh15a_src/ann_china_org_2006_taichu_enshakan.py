from kinds import amt, cnt, date, dur, fyr, pct, trap, traps

DOC = "china_org_2006_taichu_enshakan"
# 人民網日本語版 (2007年3月31日): the notes on Japan's 2006年度 loans to China signed `30日` (2007-03-30, the day before the
# article). `06年度の対中円借款は623億3千万円`: a year's loans (`other`, fresh8a), fy 2006 (`06年度` era-less, no mention, fixed by
# line 1's `2006年度`), a trap. `利率は0.75%~1.5%` a percent range; `返済期間は30~40年(10年の期限延長を含む)` a duration range
# and a duration; `7つのプロジェクト` a count. `3兆2701億8400万元` is in 元 (a currency other than yen: no amount, wild's call).
O = "other"
M = [
    fyr(1, "2006年度", 2006), date(1, "30日", "2007-03-30"),
    trap(amt(2, "623億3千万円", 62330000000, role=O, fy=2006), "06年度の対中円借款", "a year's yen loans to a country, not a budget"),
    pct(2, "0.75%~1.5%", 0.75, 1.5), dur(2, "30~40年", 30, "year", hi=40), dur(2, "10年", 10, "year"),
    cnt(2, "7つ", 7, "つ"),
    date(3, "2007年3月31日", "2007-03-31"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
