DOC = "mof_r6_naikaku_yosan_point"
B, F = "budget", 2024
AMOUNTS = [
    (17, "1,000 億円", 100000000000, 100000000000, B, F),
    (19, "2,678 億円", 267800000000, 267800000000, B, F),
]
ROWS = [dict(line=17, text="1,000 億円", fy=F, role=B, budget_yen=100000000000, program="デジタル田園都市国家構想交付金",
             ministry="内閣府",
             why="the name in 「」 wraps over lines 15-16 (交付 / 金」), the figure in brackets on line 17; fy from 令和6年度予算編成の基本的な考え方 (line 14) and 出典情報 令和6年度予算政府案 (line 5); the page is the 内閣・内閣本府等予算のポイント")]
NOT_ROWS = [dict(line=19, text="2,678 億円", value_yen=267800000000, fy=F, mention_role=B, what="沖縄振興予算", reason="a package total (every Okinawa programme of the budget), not a programme")]
