from kinds import amt, date, dur, fyr, trap, traps

DOC = "fujita_giin_r4_kodomo_iryohi_yosan_shingi"
# A city council member's site (藤田裕喜; the city is not named on the page) quoting the 予算審査 of the 令和4年度 budget:
# `子ども医療費助成費3億3,828万2,000円` `budget`, fy 2022 (the budget examined; `令和4年度` fixes it), a ROW. The share for the
# new high-school age group `480万円ほど` (`予算計上しております`) `budget`, fy 2022, approx, an AMBIGUOUS row (a part of the
# line above, budgeted as such); its repeat `1か月分である480万円` `budget`, fy 2022, no row and no trap (a repeat). The
# full-year estimate `通年では助成額は…6,000万円程度` `support` (audit: a 助成額 total neither budgeted nor a fee, as
# fresh15b's `全体の助成額は27億円`), approx, fy null, a trap (a projection for a later year, not this budget).
# `令和5年1月から3月まで` two dates (GUIDE: `XからYまで` two points); `1月診療分` 2023-01; `2か月`, `1か月分` (twice)
# durations. `97ページ`, `3款`, `1項`, `4目`, `1番`, `(1)` no mentions (page and list numbers); `12倍` no mention; ages none.
B, SU = "budget", "support"
M = [
    amt(1, "3億3,828万2,000円", 338282000, role=B, fy=2022),
    fyr(7, "令和4年度", 2022),
    date(7, "令和5年1月", "2023-01"),
    date(7, "3月", "2023-03"),
    fyr(9, "令和4年度", 2022),
    amt(9, "480万円", 4800000, role=B, fy=2022, q=("approx",)),
    dur(9, "2か月", 2, "month"),
    fyr(9, "令和4年度", 2022),
    date(9, "1月", "2023-01"),
    dur(9, "1か月", 1, "month"),
    dur(12, "1か月", 1, "month"),
    amt(12, "480万円", 4800000, role=B, fy=2022),
    trap(amt(14, "6,000万円", 60000000, role=SU, q=("approx",)), "高校生世代 通院医療費 通年の助成額 (想定)",
         "a projected full-year subsidy total (support), not this year's budget"),
]
ROWS = [
    dict(line=1, text="3億3,828万2,000円", budget_yen=338282000, fy=2022, role=B,
         program="子ども医療費助成費", aliases=["子ども医療費助成事業費"],
         why="the line of the 令和4年度 budget examined (3款民生費 1項社会福祉費 4目医療福祉費)"),
    dict(line=9, text="480万円", budget_yen=4800000, fy=2022, role=B, ambiguous=True,
         program="子ども医療費助成 (高校生世代の通院医療費)", aliases=["高校生世代の通院医療費助成"],
         why="予算計上 for the new age group (one month's claims), a part of the line above"),
]
NOT_ROWS = traps(M)
