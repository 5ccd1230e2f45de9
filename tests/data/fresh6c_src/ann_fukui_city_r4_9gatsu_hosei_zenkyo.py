from kinds import amt, date, fyr, pct

DOC = "fukui_city_r4_9gatsu_hosei_zenkyo"
# 福井県福井市, a news article (comons) on the 議員全員協議会 of 2022-08-22 about the 令和4年度9月補正予算案 (line 2: the
# label scopes the article: fy 2022). `18億3,946万3,000円追加` supplementary_budget, `最終的な総額は1,274億…` budget
# (total after; traps). The two programmes `…事業に N円` are supplementary_budget FY2022 rows. `9月補正` is a budget
# label (no date); `7月の消費者物価指数` a date of the deck's year (2022-07); `前年比2.6%` a percent.
S, B, FY = "supplementary_budget", "budget", 2022
M = [
    date(1, "令和4年8月22日", "2022-08-22"),
    fyr(2, "令和4年度", FY),
    date(5, "7月", "2022-07"), pct(5, "2.6%", 2.6),
    amt(6, "18億3,946万3,000円", 1839463000, role=S, fy=FY), amt(6, "1,274億4,096万5,000円", 127440965000, role=B, fy=FY),
    amt(9, "4億8,358万6,000円", 483586000, role=S, fy=FY), amt(9, "2,709万5,000円", 27095000, role=S, fy=FY),
]
W = "`name に N円が計上` of the 令和4年度9月補正予算案 (line 2)"
ROWS = [
    dict(line=9, text="4億8,358万6,000円", budget_yen=483586000, fy=FY, role=S, why=W, program="新型コロナウイルスワクチン接種事業"),
    dict(line=9, text="2,709万5,000円", budget_yen=27095000, fy=FY, role=S, why=W, program="地域鉄道特別支援事業"),
]
NOT_ROWS = [
    dict(line=6, text="18億3,946万3,000円", value_yen=1839463000, fy=FY, mention_role=S, what="一般会計補正額", reason="supplementary total"),
    dict(line=6, text="1,274億4,096万5,000円", value_yen=127440965000, fy=FY, mention_role=B, what="補正後の総額", reason="account total after a supplementary"),
]
