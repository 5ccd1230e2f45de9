from kinds import amt, date, dur, fyr, pct, rank, trap, traps

DOC = "bddnews_2018_jica_bangladesh_shien"
# bddnews.com (a Japanese digest of Bangladesh's press; the item is Financial Express's of 2018): Japan's aid to
# Bangladesh through JICA, mostly loans. `昨年度(2017年4月ー18年3月)、1525億円(15.4億ドル)の資金援助` (the year's aid given:
# `other`, fy 2017 (the span is FY2017), a trap: an amount paid out, not a budget) and its restatements `援助額は初めて1525億円`,
# `JAICAから1525億円の資金援助` (fy 2017: the same year's figure; NEW, arguable: the year is written on line 2 only);
# `前年度のODA貸付金は472億円` (loans of FY2016: `other`, fy 2016); the `パイプラインODA額` of India, the Philippines and
# Bangladesh over `4月17日から2018年3月まで` (`other`, fy 2017, traps); the six years' disbursements `2012年度は336.44億円、…
# 2017年度は1524.5億円` (`other`, each the fy written before it (fresh3), traps: amounts paid out). `15.4億ドル` in dollars (no
# amount). `第2位`, `第3位` ranks; `223%` a percent; `過去6年間` a duration; `2017年4月ー18年3月` one date range (`18年3月`
# completes it); `2017年3月までの` ..2017-03 (at_most); `4月17日` (as written: 2017-04-17, the period's start; the source likely
# meant `17年4月`) and `2018年3月` two points (GUIDE `XからYまで`); `6号線`, `第2カンクプール橋` names; `1200メガワット` a
# physical unit (no kind).
O = "other"
R_PAID = "aid given or disbursed to one country in a year (mostly loans): an amount paid out, not a budget"
R_PIPE = "a country's pipeline of JICA's ODA over a year: loans committed, not a budget"
M = [
    rank(1, "2位", 2),
    date(2, "2017年4月ー18年3月", "2017-04", "2018-03"),
    trap(amt(2, "1525億円", 152500000000, role=O, fy=2017), "昨年度の資金援助 (バングラデシュ)", R_PAID),
    date(3, "2017年3月", None, "2017-03", q=("at_most",)),
    trap(amt(3, "472億円", 47200000000, role=O, fy=2016), "前年度のODA貸付金", R_PAID),
    pct(3, "223%", 223),
    rank(5, "3位", 3),
    trap(amt(7, "1525億円", 152500000000, role=O, fy=2017), "バングラデシュへの援助額", R_PAID),
    trap(amt(8, "1525億円", 152500000000, role=O, fy=2017), "JICAからの資金援助", R_PAID),
    rank(8, "3位", 3),
    date(9, "4月17日", "2017-04-17"), date(9, "2018年3月", "2018-03"),
    trap(amt(9, "1兆5343.9億円", 1534390000000, role=O, fy=2017), "インドへのパイプラインODA額", R_PIPE),
    trap(amt(9, "5575億円", 557500000000, role=O, fy=2017), "フィリピンへのパイプラインODA額", R_PIPE),
    trap(amt(9, "5325.7億円", 532570000000, role=O, fy=2017), "バングラデシュへのパイプラインODA額", R_PIPE),
    dur(10, "6年間", 6, "year"),
    fyr(11, "2012年度", 2012),
    trap(amt(11, "336.44億円", 33644000000, role=O, fy=2012), "2012年度 ODAパッケージ支出", R_PAID),
    fyr(11, "2013年度", 2013),
    trap(amt(11, "383.7億円", 38370000000, role=O, fy=2013), "2013年度 ODAパッケージ支出", R_PAID),
    fyr(11, "2014年度", 2014),
    trap(amt(11, "441.6億円", 44160000000, role=O, fy=2014), "2014年度 ODAパッケージ支出", R_PAID),
    fyr(11, "2015年度", 2015),
    trap(amt(11, "609.9億円", 60990000000, role=O, fy=2015), "2015年度 ODAパッケージ支出", R_PAID),
    fyr(11, "2016年度", 2016),
    trap(amt(11, "471.5億円", 47150000000, role=O, fy=2016), "2016年度 ODAパッケージ支出", R_PAID),
    fyr(11, "2017年度", 2017),
    trap(amt(11, "1524.5億円", 152450000000, role=O, fy=2017), "2017年度 ODAパッケージ支出", R_PAID),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
