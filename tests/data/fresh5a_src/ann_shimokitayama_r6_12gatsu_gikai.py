from kinds import amt, cnt, date, dur, fyr

DOC = "shimokitayama_r6_12gatsu_gikai"
# 下北山村 (奈良県; 広報下北山 2025年1月号), the council's 12月定例会 of 2024: two 令和6年度 一般会計 補正予算. Each
# supplementary's change (`335万円を追加`, `2,808万円が減額補正`: as written, unsigned) is supplementary_budget FY2024
# and the total after it (`総額252,997万円`, `総額250,189万円`) budget FY2024 (fresh: totals after a supplementary are
# budget); all four are traps. The 第5号's items (`…積立金125万円`, `…電気料127万円`, …) are supplementary_budget FY2024
# (rows; the fund deposit's row is ambiguous, fresh3). The heading `令和6年 第4回 下北山村議会12月定例会` holds a date
# of 2024 (a session named by its year) and 2024-12 (by its month); `12月13日の1日間` a date and a duration.
S, B, FY = "supplementary_budget", "budget", 2024
M = [
    date(1, "令和6年", "2024"), date(1, "12月", "2024-12"),
    date(2, "12月", "2024-12"), date(2, "12月13日", "2024-12-13"), dur(2, "1日間", 1, "day"),
    cnt(3, "4議員", 4, "議員"), cnt(3, "1件", 1, "件"), cnt(3, "1件", 1, "件"), fyr(3, "令和6年度", FY),
    cnt(3, "5議案", 5, "議案"), cnt(3, "1件", 1, "件"), cnt(3, "8議案", 8, "議案"),
    fyr(8, "令和6年度", FY),
    amt(9, "335万円", 3350000, role=S, fy=FY), amt(9, "252,997万円", 2529970000, role=B, fy=FY),
    fyr(14, "令和6年度", FY),
    amt(15, "2,808万円", 28080000, role=S, fy=FY), amt(15, "250,189万円", 2501890000, role=B, fy=FY),
    amt(16, "125万円", 1250000, role=S, fy=FY), amt(16, "127万円", 1270000, role=S, fy=FY),
    amt(16, "312万円", 3120000, role=S, fy=FY), amt(16, "285万円", 2850000, role=S, fy=FY),
    amt(16, "201万円", 2010000, role=S, fy=FY), amt(16, "151万円", 1510000, role=S, fy=FY),
]
W = "item of the 令和6年度 一般会計補正予算(第5号)'s 増額予算"
ROWS = [
    dict(line=16, text="125万円", budget_yen=1250000, fy=FY, program="財政調整基金(利子)積立金", role=S, why=W, ambiguous=True,
         note="a deposit into a fund (fresh3: fund deposits in a supplementary are its expenses; ambiguous rows)"),
    dict(line=16, text="127万円", budget_yen=1270000, fy=FY, program="財産管理費電気料", role=S, why=W),
    dict(line=16, text="312万円", budget_yen=3120000, fy=FY, program="小又川発電所導水管修繕工事負担金", role=S, why=W),
    dict(line=16, text="285万円", budget_yen=2850000, fy=FY, program="庁舎移転に伴う各種行政システム移設委託料", role=S, why=W),
    dict(line=16, text="201万円", budget_yen=2010000, fy=FY, program="徴税費における還付金・償還金", role=S, why=W),
    dict(line=16, text="151万円", budget_yen=1510000, fy=FY, program="水道事業繰出金", role=S, why=W),
]
NOT_ROWS = [
    dict(line=9, text="335万円", value_yen=3350000, fy=FY, mention_role=S, what="補正予算(第4号) 追加額", reason="supplementary total"),
    dict(line=9, text="252,997万円", value_yen=2529970000, fy=FY, mention_role=B, what="第4号補正後の総額", reason="account total after a supplementary"),
    dict(line=15, text="2,808万円", value_yen=28080000, fy=FY, mention_role=S, what="補正予算(第5号) 減額", reason="supplementary total"),
    dict(line=15, text="250,189万円", value_yen=2501890000, fy=FY, mention_role=B, what="第5号補正後の総額", reason="account total after a supplementary"),
]
