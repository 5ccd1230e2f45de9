from kinds import amt, cnt, dur, trap, traps

DOC = "hiroshima_noriai_taxi_shisatsu_blog"
# A councillor's blog (takatosi.net) on 広島市's 乗合タクシー: the trial year (`最長一年間`: 1 year, at_most for 最長 as 最大), the
# yearly deficit of a regular service (`年間平均144万`: money written without 円, read as yen from `赤字`: `other`, per year, a
# trap), vehicles and stops (`定員10名`, `16カ所` → か所), fares (`1回300円` with `1回` no count, `復路100円`, `1500円以上`
# at_least, `100円分`: `other`). `1/4` a fraction.
O = "other"
M = [
    dur(6, "一年間", None, "year", hi=1, q=("at_most",)),
    trap(amt(8, "144万", 1440000, role=O, per="year"), "本格運行の赤字 (年間平均)", "a route's average yearly deficit"),
    cnt(10, "10名", 10, "名"),
    cnt(11, "16カ所", 16, "か所"),
    amt(12, "300円", 300, role=O),
    amt(12, "100円", 100, role=O),
    amt(13, "1500円", 1500, None, role=O, q=("at_least",)),
    amt(13, "100円", 100, role=O),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
