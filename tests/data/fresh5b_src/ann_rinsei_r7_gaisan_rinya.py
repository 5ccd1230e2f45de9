from kinds import amt, date, dur, fyr, pct

DOC = "rinsei_r7_gaisan_rinya"
# 林政ニュース (2024-08-30) on 農林水産省's 2025(令和7)年度 概算要求 and 林野庁's part: every requested figure is
# budget FY2025 (a request is the budget of the requested year); the ministry total, the agency total and the
# 公共/非公共 classes are traps, the programmes rows. `2025(令和7)年度` writes 年度 once: one fiscal year (fresh4
# `令和11(2029)年度`). `「…5か年加速化対策」` is a quoted name (no duration). `早30年` a duration; `1994年の創刊` a date.
B, FY = "budget", 2025
M = [
    fyr(1, "2025(令和7)年度", FY),
    date(1, "8月30日", "2024-08-30"),
    amt(1, "2兆6,389億円", 2638900000000, fy=FY),
    pct(1, "16.3%", 16.3),
    amt(1, "3,478億3,100万円", 347831000000, fy=FY),
    pct(1, "15.8%", 15.8),
    fyr(2, "2024(令和6)年度", 2024),
    pct(3, "17.8%", 17.8),
    amt(3, "2,334億7,400万円", 233474000000, fy=FY),
    pct(3, "12.0%", 12.0),
    amt(3, "1,143億5,700万円", 114357000000, fy=FY),
    amt(4, "1,489億4,000万円", 148940000000, fy=FY),
    amt(4, "740億7,300万円", 74073000000, fy=FY),
    pct(4, "18.8%", 18.8),
    amt(5, "156億円", 15600000000, fy=FY),
    amt(5, "35億円", 3500000000, fy=FY),
    amt(5, "3億円", 300000000, fy=FY),
    date(8, "2024年8月30日", "2024-08-30"),
    date(10, "1994年", "1994"),
    dur(10, "30年", 30, "year"),
]
W = "programme figure of the 2025(令和7)年度 概算要求 (林野庁関係)"
ROWS = [
    dict(line=4, text="1,489億4,000万円", budget_yen=148940000000, fy=FY, program="森林整備事業", aliases=[], role=B, why=W),
    dict(line=4, text="740億7,300万円", budget_yen=74073000000, fy=FY, program="治山事業", aliases=[], role=B, why=W),
    dict(line=5, text="156億円", budget_yen=15600000000, fy=FY, program="森林・林業・木材産業グリーン成長総合対策",
         aliases=["グリーン成長総合対策"], role=B, why=W),
    dict(line=5, text="35億円", budget_yen=3500000000, fy=FY, program="花粉症解決に向けた総合対策", aliases=[], role=B, why=W),
    dict(line=5, text="3億円", budget_yen=300000000, fy=FY, program="森林の集約化モデル地域実証事業", aliases=[], role=B,
         why=W + " (新規)"),
]
NOT_ROWS = [
    dict(line=1, text="2兆6,389億円", value_yen=2638900000000, fy=FY, mention_role=B, what="農林水産省 概算要求 総額",
         reason="the ministry's total"),
    dict(line=1, text="3,478億3,100万円", value_yen=347831000000, fy=FY, mention_role=B, what="林野庁関係の要求額",
         reason="the agency's total"),
    dict(line=3, text="2,334億7,400万円", value_yen=233474000000, fy=FY, mention_role=B, what="公共事業",
         reason="class total"),
    dict(line=3, text="1,143億5,700万円", value_yen=114357000000, fy=FY, mention_role=B, what="非公共事業",
         reason="class total"),
]
