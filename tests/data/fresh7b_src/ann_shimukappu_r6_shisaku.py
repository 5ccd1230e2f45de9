from kinds import amt, cnt, fyr

DOC = "shimukappu_r6_shisaku"
# 占冠村 (北海道; 広報しむかっぷ 2024年4月号): 令和6年度主な施策予算(1). Line 1 `村が令和6年度に行う主な施策` scopes the
# page: every amount budget FY2024. The outline (`■第1`…`■第3`, `1.`…`3.`) holds list numbers only; the programmes
# `▽name…N万円` are the rows (a 補助金 line included: the programme's appropriation). `※金額は1万円未満の端数を調整`
# names the rounding unit (no amount, as fresh6c's `千円以下を四捨五入`); `3本の公約` a count; `20業務` a count;
# `令和7年度までに` a deadline (null..2025, at_most).
B, FY = "budget", 2024
M = [
    fyr(1, "令和6年度", FY),
    cnt(2, "3本", 3, "本"),
    amt(17, "3,091万円", 30910000, role=B, fy=FY),
    cnt(18, "20業務", 20, "業務"), fyr(18, "令和7年度", None, 2025, q=("at_most",)),
    amt(19, "500万円", 5000000, role=B, fy=FY),
    amt(21, "613万円", 6130000, role=B, fy=FY),
]
W = "a programme `▽name…N万円` of the village's 令和6年度 主な施策 (line 1)"
ROWS = [
    dict(line=17, text="3,091万円", budget_yen=30910000, fy=FY,
         program="デジタル基盤改革支援補助金(地方公共団体情報システム標準化・共通化に係る事業)", role=B, why=W),
    dict(line=19, text="500万円", budget_yen=5000000, fy=FY, program="特産品(ジン製造)開発事業", role=B, why=W),
    dict(line=21, text="613万円", budget_yen=6130000, fy=FY, program="道の駅周辺整備の推進", role=B, why=W),
]
NOT_ROWS: list = []
