DOC = "toyoake_r6_tosho_yosan"
T = "title ■令和6年度当初予算総額… (line 1) and lead-in 令和6年度一般会計…予算が可決 (line 2): every figure is a R6 initial budget figure"
AMOUNTS = [
    (1, "399億2,930万円", 39929300000, 39929300000, "budget", 2024),
    (1, "248億8,200万円", 24882000000, 24882000000, "budget", 2024),
    (3, "399億2,930万円", 39929300000, 39929300000, "budget", 2024),
    (4, "248億8,200万円", 24882000000, 24882000000, "budget", 2024),
    (12, "38,103千円", 38103000, 38103000, "budget", 2024),
    (14, "107,000千円", 107000000, 107000000, "budget", 2024),
    (18, "450千円", 450000, 450000, "budget", 2024),
    (20, "860千円", 860000, 860000, "budget", 2024),
]
W = "○ item line under 【一般会計の主な歳出事業】: name before the space, amount after it; fy and role from the title (line 1)"
ROWS = [
    dict(line=12, text="38,103千円", fy=2024, role="budget", budget_yen=38103000, program="全世代・基幹型地域包括支援センター運営事業", why=W),
    dict(line=14, text="107,000千円", fy=2024, role="budget", budget_yen=107000000, program="ひまわり児童館改修等事業", why=W),
    dict(line=18, text="450千円", fy=2024, role="budget", budget_yen=450000, program="子連れ出勤普及啓発事業", why=W),
    dict(line=20, text="860千円", fy=2024, role="budget", budget_yen=860000, program="保育士資格取得等支援事業", why=W),
]
NOT_ROWS = [
    dict(line=1, text="399億2,930万円", value_yen=39929300000, fy=2024, mention_role="budget", what="令和6年度当初予算総額 (title)", reason="total of every account (general, special, enterprise); not a programme"),
    dict(line=1, text="248億8,200万円", value_yen=24882000000, fy=2024, mention_role="budget", what="一般会計当初予算 (title)", reason="general account total; an account, not a programme"),
    dict(line=3, text="399億2,930万円", value_yen=39929300000, fy=2024, mention_role="budget", what="全会計を合わせて予算総額", reason="total of every account, repeated in prose"),
    dict(line=4, text="248億8,200万円", value_yen=24882000000, fy=2024, mention_role="budget", what="一般会計予算", reason="general account total, repeated in prose"),
]
