from kinds import amt, cnt, date, fyr, pct

DOC = "tachiarai_r6_kamiki_zaisei"
# 大刀洗町's half-year execution (令和6年度). Line 1: the general account's 当初予算 and its current 予算額 after three
# supplementaries: `budget` FY2024, account totals, traps (fresh5a). `9月までに` → null..2024-09, at_most; `3回` a count.
# The `|`-flattened tables sit under `(単位:万円)`: cells such as `100億 437`, `44億1,472`, `14億3,017` carry `億` but
# no `円` and the `万` of the header: read as bare cells, no mentions (NEW, arguable: a cell with part of its unit;
# issue 22 keeps header units out of mentions); the 収入率 / 執行率 cells carry `%`: ten percents. The column headers
# `前期(3月)末` and `当期(9月)末` (twice each) are year-less months of the deck's year: 2024-03, 2024-09 (GUIDE).
# `令和5年度より` a fiscal year (a point); the linked report's `令和6年度上半期` a fiscal year.
B, FY = "budget", 2024
M = [
    fyr(1, "令和6年度", FY), amt(1, "88億9,512万円", 8895120000, fy=FY), date(1, "9月", None, "2024-09", q=("at_most",)),
    cnt(1, "3回", 3, "回"), amt(1, "96億3,956万円", 9639560000, fy=FY),
    pct(14, "44.1%", 44.1), pct(16, "36.4%", 36.4), pct(20, "28.4%", 28.4), pct(22, "57.8%", 57.8),
    pct(26, "41.7%", 41.7), pct(28, "36.0%", 36.0), pct(32, "33.3%", 33.3), pct(34, "27.0%", 27.0),
    pct(38, "98.5%", 98.5), pct(40, "0.0%", 0.0),
    date(44, "3月", "2024-03"), date(47, "9月", "2024-09"), date(63, "3月", "2024-03"), date(66, "9月", "2024-09"),
    fyr(88, "令和5年度", 2023), fyr(89, "令和6年度", FY),
]
ROWS: list[dict] = []
A = "the general account's total (an account is not a programme)"
NOT_ROWS = [
    dict(line=1, text="88億9,512万円", value_yen=8895120000, fy=FY, mention_role=B, what="一般会計当初予算", reason=A),
    dict(line=1, text="96億3,956万円", value_yen=9639560000, fy=FY, mention_role=B, what="現在の予算額 (3回の補正後)",
         reason=A),
]
