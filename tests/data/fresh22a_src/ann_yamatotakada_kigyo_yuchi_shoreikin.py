from kinds import amt, date, dur, pct, trap, traps

DOC = "yamatotakada_kigyo_yuchi_shoreikin"
# 奈良県大和高田市's 企業誘致促進奨励金 page (a flattened table; cut inside the 雇用促進奨励金 amount): `令和3年4月1日より` a
# date (GUIDE: `より` gives a point), the investment threshold `3,000万円以上` (`support`, at_least, dev10c; a trap), the
# grant `固定資産税額の5割相当額` a percent of 50, `開業日前後90日の間` 90 day, `1年以上` at_least. `(※1)` no mention.
M = [
    date(3, "令和3年4月1日", "2021-04-01"),
    trap(amt(21, "3,000万円", 30000000, None, role="support", q=("at_least",)), "事業所設置奨励金 投下固定資産額 要件",
         "an investment threshold"),
    pct(22, "5割", 50),
    dur(23, "90日", 90, "day"),
    dur(23, "1年", 1, "year", None, q=("at_least",)),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
