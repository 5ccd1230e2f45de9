from kinds import amt, cnt, date, fyr, pct, trap, traps

DOC = "noshiro_r6_jutaku_reform_shien"
# 秋田県能代市's page on its grant for home renovation, headed `令和6年度能代市住宅リフォーム支援事業は受付を開始します`: the
# heading's year labels the page's money (fresh23a: a `平成27年度…補助金` label gives its year to the terms). `予算額 |
# 70,000千円` the programme's budget: `budget`, fy 2024, a row; `補助限度額20万円に達するまで` a cap per household
# (`support`, at_most), fy 2024, a trap. `令和2年度より` a point; `令和元年度までの` null..2019 at_most and `令和2年度以降`
# 2020..null at_least (GUIDE: deadlines and starts for fiscal years too); `令和6年度の申請様式` a fiscal year. `令和6年4月
# 1日より` a point (its stored space kept); `令和7年3月21日まで` null..date at_most. `同一年度内に1回` a count of 1 回 (no
# limit word beside it); `10%` a percent; `千円未満切捨て` a rounding unit, no mention.
M = [
    fyr(3, "令和6年度", 2024),
    fyr(5, "令和2年度", 2020),
    fyr(5, "令和元年度", None, 2019, q=("at_most",)),
    fyr(6, "令和2年度", 2020, None, q=("at_least",)),
    trap(amt(6, "20万円", None, 200000, role="support", fy=2024, q=("at_most",)), "補助限度額", "a cap per household (support)"),
    cnt(7, "1回", 1, "回"),
    date(9, "令和6年4月 1日", "2024-04-01"),
    date(10, "令和7年3月21日", None, "2025-03-21", q=("at_most",)),
    fyr(15, "令和6年度", 2024),
    amt(18, "70,000千円", 70000000, role="budget", fy=2024),
    pct(24, "10%", 10),
]
ROWS = [
    dict(line=18, text="70,000千円", budget_yen=70000000, program="能代市住宅リフォーム支援事業", fy=2024, role="budget",
         ministry="能代市", why="the programme's budget (`予算額`) on the page of its 令和6年度 call"),
]
NOT_ROWS = traps(M)
