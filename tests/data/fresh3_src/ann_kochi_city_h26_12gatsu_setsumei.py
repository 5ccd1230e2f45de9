from kinds import cnt, date, dur, pct

DOC = "kochi_city_h26_12gatsu_setsumei"
# 高知市長's explanation at the 第447回 council session (平成26年12月5日): economic prose, no amounts. Year-less
# months and days take 2014 (`去る11月17日`, `同25日` = November, `先月21日` = November); `来年10月` is 2015-10.
# `7月から9月期` gives two points (から, GUIDE). `パーセント` is `%`; `2四半期連続` counts quarters; `1年半` is 1.5
# years. `第447回` is an ordinal; `1 国政…` a list number.
M = [
    date(2, "平成26年12月5日", "2014-12-05"),
    date(7, "11月17日", "2014-11-17"),
    date(7, "7月", "2014-07"),
    date(7, "9月", "2014-09"),
    pct(7, "0.4パーセント", 0.4),
    pct(7, "1.6パーセント", 1.6),
    cnt(7, "2四半期", 2, "四半期"),
    date(8, "25日", "2014-11-25"),
    date(9, "7月", "2014-07"),
    date(9, "9月", "2014-09"),
    pct(9, "4.9パーセント", 4.9),
    pct(9, "10.4パーセント", 10.4),
    pct(9, "16パーセント", 16),
    date(10, "21日", "2014-11-21"),
    date(10, "10月", "2015-10"),
    dur(10, "1年半", 1.5, "year"),
    date(10, "平成29年4月", "2017-04"),
    pct(10, "10パーセント", 10),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
