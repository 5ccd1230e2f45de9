from kinds import amt, date, fyr, trap, traps

DOC = "yamagata_gifu_h30_furusato_tsukaimichi"
# 山県市 (岐阜県)'s mayor's page `平成30年度ふるさと納税の使い道[平成30年5月]` (the breadcrumb and the heading repeat it; each a
# fiscal year and a date: a page title, not a publication title): the donations so far (`平成20年から平成25年までの寄附金は
# 年100万円前後`, `平成29年は4,400万円を上回る`) and the table `平成30年度山県市ふるさと応援寄付金の使い道(予定)` that allots
# the donations to four 使途区分 (`1.健やかで安らかなまちづくり事業 13,700,000円` …). The planned allotments are the set's
# only budget-like figures: `budget`, fy 2018, rows, ambiguous (NEW: the part of a year's programme money the city
# plans to fund from donations, written as a plan for the year; `(予定)` no qualifier, fresh16a; a reader could call
# them `other` like the settled uses of the other decks). Donations received are `other`, traps: `100万円前後` a yearly
# figure (per year, approx from `前後`, GUIDE `2010年前後`) over 2008–2013 (fy null: a span); `4,400万円を上回る` at_least
# (a floor: `上回る` as `超`), fy null (`平成29年` is a calendar year, not a 年度: arguable, a reader could give 2017).
# `平成20年` (×2), `平成25年`, `平成29年` dates (calendar years); `2018年5月18日` a date; `記事ID:0002076` no mention;
# `1.` … `4.` list numbers.
B, O = "budget", "other"
ROW_WHY = "the city's plan for the year of how much of the donations goes to this programme area (使い道(予定), 平成30年度)"
ROW_NOTE = "a planned allotment of ふるさと納税 money to a 使途区分, not the programmes' whole budget; a reader could call it other"
M = [
    fyr(2, "平成30年度", 2018), date(2, "平成30年5月", "2018-05"),
    fyr(4, "平成30年度", 2018), date(4, "平成30年5月", "2018-05"),
    date(5, "2018年5月18日", "2018-05-18"),
    date(6, "平成20年", "2008"),
    date(7, "平成20年", "2008"), date(7, "平成25年", "2013"),
    trap(amt(7, "100万円", 1000000, role=O, q=("approx",), per="year"), "寄附金 (平成20年から平成25年まで、年)",
         "donations received each year over a span of years (ふるさと納税 results), not a budget"),
    date(7, "平成29年", "2017"),
    trap(amt(7, "4,400万円", 44000000, None, role=O, q=("at_least",)), "寄附金 (平成29年)",
         "donations received in a past year, written as a floor (ふるさと納税 results), not a budget"),
    fyr(10, "平成30年度", 2018),
    amt(12, "13,700,000円", 13700000, role=B, fy=2018),
    amt(14, "2,510,000円", 2510000, role=B, fy=2018),
    amt(15, "7,777,839円", 7777839, role=B, fy=2018),
    amt(16, "2,790,000円", 2790000, role=B, fy=2018),
]
ROWS = [
    dict(line=12, text="13,700,000円", budget_yen=13700000, program="健やかで安らかなまちづくり事業", fy=2018, role=B,
         ambiguous=True, why=ROW_WHY, note=ROW_NOTE),
    dict(line=14, text="2,510,000円", budget_yen=2510000, program="便利で快適なまちづくり事業", fy=2018, role=B,
         ambiguous=True, why=ROW_WHY, note=ROW_NOTE),
    dict(line=15, text="7,777,839円", budget_yen=7777839, program="豊かで美しい自然を守るまちづくり事業", fy=2018, role=B,
         ambiguous=True, why=ROW_WHY, note=ROW_NOTE),
    dict(line=16, text="2,790,000円", budget_yen=2790000, program="活力あふれる産業のまちづくり事業", fy=2018, role=B,
         ambiguous=True, why=ROW_WHY, note=ROW_NOTE),
]
NOT_ROWS = traps(M)
