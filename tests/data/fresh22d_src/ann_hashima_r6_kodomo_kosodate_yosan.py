from kinds import amt, date, fyr, pct, trap, traps

DOC = "hashima_r6_kodomo_kosodate_yosan"
# A 岐阜県羽島市 council member's site (2024-02-15) on the city's 令和6年度当初予算案: the title labels every item `budget`,
# fy 2024 (GUIDE: the document's title as label). ROWS: the three items `••• 6,871万2,000円` (給食費値上げ相当分への補助),
# `2,286万5,000円` (こども医療費の助成対象年齢拡充), `792万2,000円` (小児インフルエンザ予防接種費用の助成・おむつ配布). The
# whole account `一般会計予算額…246億7,000万円` `budget`, fy 2024, a trap. The grant per dose `1回あたり1,000円` `support`,
# fy 2024 (the title), a trap. Dates: `8月から3月まで` under `令和4年度` 2022-08 and 2023-03 (the months roll over), the span
# `令和6年4月〜令和7年3月` one range, `令和6年3月`, `4月〜9月` one range of 2024, `10月` 2024-10. Ages `15歳`, `18歳`,
# `6ヶ月から中学生` (a child's age) no mentions; `1回あたり` a rate marker.
B, SU = "budget", "support"
M = [
    fyr(1, "令和6年度", 2024),
    date(2, "2024.02.15", "2024-02-15"),
    trap(amt(4, "246億7,000万円", 24670000000, role=B, fy=2024), "一般会計予算額", "the whole general account, not a programme"),
    pct(4, "6.3%", 6.3),
    fyr(5, "令和6年度", 2024),
    amt(7, "6,871万2,000円", 68712000, role=B, fy=2024),
    fyr(10, "令和4年度", 2022),
    date(10, "8月", "2022-08"),
    date(10, "3月", "2023-03"),
    fyr(10, "令和5年度", 2023),
    fyr(11, "令和6年度", 2024),
    date(11, "令和6年4月〜令和7年3月", "2024-04", "2025-03"),
    fyr(11, "令和5年度", 2023),
    amt(12, "2,286万5,000円", 22865000, role=B, fy=2024),
    date(16, "令和6年3月", "2024-03"),
    date(16, "4月〜9月", "2024-04", "2024-09"),
    date(16, "10月", "2024-10"),
    amt(17, "792万2,000円", 7922000, role=B, fy=2024),
    trap(amt(20, "1,000円", 1000, role=SU, fy=2024), "インフルエンザ予防接種費用の助成 1回あたり", "a grant per dose, not a budget"),
]
ROWS = [
    dict(line=7, text="6,871万2,000円", budget_yen=68712000, fy=2024, role=B, ministry="羽島市",
         program="給食費値上げ相当分への補助", aliases=["給食費補助"], why="a new or widened item of the 令和6年度当初予算案"),
    dict(line=12, text="2,286万5,000円", budget_yen=22865000, fy=2024, role=B, ministry="羽島市",
         program="こども医療費の助成対象年齢拡充", aliases=["こども医療費助成"], why="a new or widened item of the 令和6年度当初予算案"),
    dict(line=17, text="792万2,000円", budget_yen=7922000, fy=2024, role=B, ministry="羽島市",
         program="小児インフルエンザ予防接種費用の助成、赤ちゃん訪問時のおむつ配布", aliases=["小児インフルエンザ予防接種費用の助成"],
         why="a new or widened item of the 令和6年度当初予算案"),
]
NOT_ROWS = traps(M)
