from kinds import amt, cnt, date, dur, trap, traps

DOC = "ichinomiya_2007_net_kobai_tokyo_np"
# 東京新聞 (2007-01-24, via news.a902.net) on 愛知県一宮市's first internet public sale of property seized for 市税 arrears:
# the minimum bids' total `812万9000円` (an estimate of what the sale may raise) `other`, fy null, a trap. Dates of 2007
# (the article's year): `3月` (twice), `3月7日` and `9日` (two points of `XからYまで`), `2月8日` and `28日`, the bare `21日`
# (the preview, after the 2月 application window: 2007-02-21). `昨年9月`, `昨年11月` (relative years) no mentions (fresh19a's
# `昨年2月`); `今月` no mention; `00時00分` a clock time; the phone number and URL digits no mentions. Counts `4市`,
# `2人`, `123点`, `142自治体`; `24時間` a duration.
M = [
    date(2, "2007年01月24日", "2007-01-24"),
    date(3, "3月", "2007-03"),
    date(4, "3月", "2007-03"),
    cnt(4, "4市", 4, "市"),
    cnt(5, "2人", 2, "人"),
    cnt(5, "123点", 123, "点"),
    dur(6, "24時間", 24, "hour"),
    cnt(6, "142自治体", 142, "自治体"),
    trap(amt(7, "812万9000円", 8129000, role="other"), "ネット公売 最低入札額の合計 (見積り)",
         "the estimated minimum proceeds of selling seized goods, not a budget"),
    date(8, "3月7日", "2007-03-07"),
    date(8, "9日", "2007-03-09"),
    date(8, "2月8日", "2007-02-08"),
    date(8, "28日", "2007-02-28"),
    date(8, "21日", "2007-02-21"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
