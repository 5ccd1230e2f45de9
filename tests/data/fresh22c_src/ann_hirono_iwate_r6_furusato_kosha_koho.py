from kinds import amt, cnt, date, fyr, trap, traps

DOC = "hirono_iwate_r6_furusato_kosha_koho"
# 岩手県洋野町's 広報ひろの (2025年12月号, an issue label: no date) on 一般社団法人 大野ふるさと公社 (its year 令和6年度: the
# issue's sister article says `令和7年3月31日現在`; here the 構想 `令和6年度に策定した`). The town's `支援金31,000千円` given
# to keep the body running: the government's money paid to its third sector (GUIDE: 支援額) `support`, fy 2024, a trap
# (a grant paid, not a programme's budget; NEW call, see README). `約500人` approx; `5類` a category label; `令和5年`
# a calendar year (a date, 2023).
M = [
    date(5, "平成4年4月20日", "1992-04-20"),
    cnt(16, "500人", 500, "人", q=("approx",)),
    date(17, "令和5年", "2023"),
    trap(amt(18, "31,000千円", 31000000, role="support", fy=2024), "洋野町から大野ふるさと公社への支援金 (令和6年度)",
         "a grant paid to the body to cover its shortfall, no programme's budget"),
    fyr(19, "令和6年度", 2024),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
