from kinds import amt, cnt, date, dur, pct

DOC = "ttri_h29_taxi_katsuyo_mito_fujimi"
# ttri.or.jp's e-book page 42/82 of 豊田市におけるタクシーを活用した外出支援策に関する研究 (the report's cases: 茨城県水戸市's
# rented taxis in 国田地区, 埼玉県富士見市's デマンド交通実証実験). Money: the rent `(17,940円/日)` (`other`; `/日` is no per of
# the GUIDE's) and the rider's `1回当たり1000円` (`other`; `1回当たり` no count, fresh8a). `6時間` a duration; clock times
# (`10:00~16:00`, `午前8時30分から午後5時30分`) no kind; `1割引` a percent 10 (GUIDE's `２割引`); `5箇所`, `370箇所` → か所.
# `(平成29年)2017年11月24日` one date (era and Gregorian together); `平成29年8月1日から平成30年1月31日まで` two dates; `6か月間`;
# `12月29日〜1月3日` one span in the trial (2017-12-29..2018-01-03). `42/82`, `39`, `2-2-2.` and `(1)`… page and list numbers.
O = "other"
M = [
    dur(3, "6時間", 6, "hour"),
    amt(3, "17,940円", 17940, role=O),
    amt(3, "1000円", 1000, role=O),
    date(3, "2017年11月24日", "2017-11-24"),
    pct(3, "1割", 10),
    cnt(3, "5箇所", 5, "か所"),
    cnt(3, "370箇所", 370, "か所"),
    date(3, "平成29年8月1日", "2017-08-01"),
    date(3, "平成30年1月31日", "2018-01-31"),
    dur(3, "6か月間", 6, "month"),
    date(3, "12月29日〜1月3日", "2017-12-29", "2018-01-03"),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
