from kinds import amt, cnt, date, fyr, pct, trap, traps

DOC = "fukuroi_h23_kamiki_shikko"
# 袋井市's 広報 pages P04-05 (平成23年度 上半期(4〜9月) 予算執行状況), the city's text version: one stored line, the page's
# layout words (`進めています`, the slogans) glued in, cut by the length limit. The general account's 9月末 budget (twice) and
# its starting budget `budget` FY2011, account totals, traps (fresh11a); revenue received, the year before's carried
# surplus (繰越金, a revenue) and the expenditure paid: `other` FY2011, traps. The rates are written with `・` for the
# decimal point (`44・3%` → 44.3: NEW, arguable: a vertical-print habit; a reader may read 3%). The year before's rates
# `前年(42・1%)` are percents. `おおむね40%程度` 40 approx. `4〜9月` a range of FY2011's months (2011-04..2011-09, twice);
# `9月末` 2011-09 (three times); `4度の補正` a count; `P04-05`, `TEL44-3159`: no mentions.
B, O, FY = "budget", "other", 2011
A = "an account's total (an account is not a programme)"
M = [
    fyr(1, "平成23年度", FY), date(1, "4〜9月", "2011-04", "2011-09"), date(1, "9月", "2011-09"),
    fyr(1, "平成23年度", FY),
    trap(amt(1, "303億9,500万円", 30395000000, fy=FY), "9月末現在の一般会計予算額 (headline)", A),
    fyr(1, "平成23年度", FY),
    trap(amt(1, "293億7,000万円", 29370000000, fy=FY), "一般会計予算 (スタート)", A),
    cnt(1, "4度", 4, "度"), date(1, "9月", "2011-09"),
    trap(amt(1, "303億9,500万円", 30395000000, fy=FY), "9月末現在の予算", A),
    date(1, "4〜9月", "2011-04", "2011-09"), date(1, "9月", "2011-09"),
    trap(amt(1, "134億6,703万円", 13467030000, role=O, fy=FY), "歳入 9月末現在 執行 (収入済)", "revenue received"),
    pct(1, "44・3%", 44.3), pct(1, "42・1%", 42.1),
    trap(amt(1, "9億4,355万円", 943550000, role=O, fy=FY), "前年度からの繰越金 (a revenue)",
         "a surplus carried from the year before, a revenue; not a budget"),
    trap(amt(1, "124億1,585万円", 12415850000, role=O, fy=FY), "歳出 総額 (支出済)", "expenditure paid"),
    pct(1, "40・8%", 40.8), pct(1, "39・4%", 39.4), pct(1, "40%", 40, q=("approx",)),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
