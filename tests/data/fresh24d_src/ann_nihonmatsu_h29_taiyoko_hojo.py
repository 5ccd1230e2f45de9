from kinds import amt, date, fyr, pct, trap, traps

DOC = "nihonmatsu_h29_taiyoko_hojo"
# 福島県二本松市's page (updated `2017年4月1日`) on its grant for rooftop solar. `1キロワットあたり1万円` a unit grant
# (`support`, per null); `最大4キロワット、4万円まで` the cap per household (`support`, at_most); both fy null (no year
# labels the terms; the 募集枠 line's year is a label of that line only). `平成29年度募集枠 2,000,000円` is the year's
# money of the programme: `budget`, fy 2017, a row (NEW for `募集枠`: the call's whole envelope, not a household's term).
# `4キロワット` physical; `およそ40%` approx.
S = "support"
M = [
    date(4, "2017年4月1日", "2017-04-01"),
    trap(amt(6, "1万円", 10000, role=S), "太陽光発電 1キロワットあたり1万円", "a unit grant per kW (support)"),
    trap(amt(6, "4万円", None, 40000, role=S, q=("at_most",)), "補助上限 4万円まで", "a cap per household (support)"),
    pct(7, "40%", 40, q=("approx",)),
    fyr(10, "平成29年度", 2017),
    amt(10, "2,000,000円", 2000000, role="budget", fy=2017),
]
ROWS = [
    dict(line=10, text="2,000,000円", budget_yen=2000000, program="太陽光発電システム設置費補助制度", fy=2017,
         role="budget", ministry="二本松市", why="the programme's envelope for the year (`平成29年度募集枠`)"),
]
NOT_ROWS = traps(M)
