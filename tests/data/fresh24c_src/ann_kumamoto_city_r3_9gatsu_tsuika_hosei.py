from kinds import amt, date, fyr, pct, trap, traps

DOC = "kumamoto_city_r3_9gatsu_tsuika_hosei"
# 熊本市, the mayor's reasons for an added 令和三年度一般会計補正予算案 (令和3年第3回定例市議会, 9/27追加議案), in kanji numerals.
# `令和3年第3回定例市議会` → `令和3年` a date 2021 (fresh8b: a session named by its year); `9/27` in the heading a date
# 2021-09-27 (GUIDE: a year-less M/D standing for an event, here the day the bill was added; arguable). `九月十二日までとされて
# いた期限` and `九月三十日まで延長`, `三十日まで継続` deadlines: null..day, at_most (GUIDE `まで`); `九月九日` a day. The
# addition `三億九千三百七十五万円の増額` supplementary_budget FY2021 (the bill's 令和三年度 on line 5), a trap; the total after
# `三千八百六十九億五千九百九十九万円` budget, a trap; `八・五%の減` 8.5 (`・` the decimal point, fresh6a; unsigned). The one
# measure (協力金に係る負担金) has no figure of its own apart from the total: no row (the addition is the measure's money,
# but the text gives it as the account's addition; arguable). `議第二百九十三号` a bill number: no mention.
S, B, FY = "supplementary_budget", "budget", 2021
M = [
    date(1, "令和3年", "2021"),
    date(1, "9/27", "2021-09-27"),
    date(3, "九月十二日", None, "2021-09-12", q=("at_most",)),
    date(3, "九月三十日", None, "2021-09-30", q=("at_most",)),
    date(3, "九月九日", "2021-09-09"),
    date(4, "三十日", None, "2021-09-30", q=("at_most",)),
    fyr(5, "令和三年度", FY),
    trap(amt(7, "三億九千三百七十五万円", 393750000, role=S, fy=FY), "一般会計補正予算(追加分)の増額",
         "supplementary total"),
    trap(amt(7, "三千八百六十九億五千九百九十九万円", 386959990000, role=B, fy=FY), "補正後の予算額",
         "account total after a supplementary"),
    pct(7, "八・五%", 8.5),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
