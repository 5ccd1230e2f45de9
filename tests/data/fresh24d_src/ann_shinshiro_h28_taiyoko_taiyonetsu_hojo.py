from kinds import amt, date, fyr, trap, traps

DOC = "shinshiro_h28_taiyoko_taiyonetsu_hojo"
# 愛知県新城市's page on its grants for rooftop solar and solar thermal systems, under the heading `平成28年度の補助制度
# 概要`. `今年度の予算額は 3,840,000円` (solar) and `今年度の予算額は 1,200,000円` (solar thermal) are each programme's
# budget for the year: `budget`, fy 2016 (the heading's year fixes `今年度`), rows. `残りの予算額は 3,290,000円` /
# `1,200,000円` are what is left on `平成28年5月26日`: `other`, fy 2016, traps (NEW: a remaining balance, not the
# budget; the second equals the budget but is a different figure). `4月11日月曜日から` a point 2016-04-11 (the heading's
# year); `平成29年3月20日までに` null..date at_most; `17:00` a clock time.
O = "other"
M = [
    fyr(5, "平成28年度", 2016),
    date(7, "4月11日", "2016-04-11"),
    amt(11, "3,840,000円", 3840000, role="budget", fy=2016),
    trap(amt(12, "3,290,000円", 3290000, role=O, fy=2016), "住宅用太陽光発電システム 残りの予算額",
         "the budget left on a day (other)"),
    date(12, "平成28年5月26日", "2016-05-26"),
    amt(14, "1,200,000円", 1200000, role="budget", fy=2016),
    trap(amt(15, "1,200,000円", 1200000, role=O, fy=2016), "住宅用太陽熱高度利用システム 残りの予算額",
         "the budget left on a day (other)"),
    date(15, "平成28年5月26日", "2016-05-26"),
    date(19, "平成29年3月20日", None, "2017-03-20", q=("at_most",)),
]
ROWS = [
    dict(line=11, text="3,840,000円", budget_yen=3840000, program="住宅用太陽光発電システム設置費補助金", fy=2016,
         role="budget", ministry="新城市", why="this year's budget of the solar grant (`今年度の予算額`, 平成28年度)"),
    dict(line=14, text="1,200,000円", budget_yen=1200000, program="住宅用太陽熱高度利用システム設置費補助金", fy=2016,
         role="budget", ministry="新城市", why="this year's budget of the solar thermal grant (`今年度の予算額`, 平成28年度)"),
]
NOT_ROWS = traps(M)
