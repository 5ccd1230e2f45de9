from kinds import amt, cnt, date, fyr, rank

DOC = "jcg_r7_hosei_yosanan"
# 海上保安庁関係 of the 令和7年度補正予算案 (ships-net, 2025-12): the totals and the three measures are
# supplementary_budget FY2025; `昨年度の912億円` is the previous year's supplementary total: supplementary_budget
# FY2024 (a trap). `過去2番目` (twice) is a rank (fresh3). `8年度`, `4年度補正予算` are era-less (no fiscal year);
# tonnages are physical units; `PLH-45` a code. `令和7年度(2025年度)`: two fiscal years (GUIDE).
S, FY = "supplementary_budget", 2025
M = [
    fyr(1, "令和7年度", FY),
    rank(1, "2番目", 2),
    amt(1, "793億円", 79300000000, role=S, fy=FY),
    date(2, "2025年11月28日", "2025-11-28"),
    fyr(2, "令和7年度", FY),
    fyr(2, "2025年度", FY),
    amt(2, "793億円", 79300000000, role=S, fy=FY),
    amt(2, "912億円", 91200000000, role=S, fy=2024),
    rank(2, "2番目", 2),
    cnt(3, "2隻", 2, "隻"),
    amt(3, "59億円", 5900000000, role=S, fy=FY),
    cnt(3, "2機", 2, "機"),
    amt(3, "71億円", 7100000000, role=S, fy=FY),
    cnt(3, "2隻", 2, "隻"),
    amt(3, "15億円", 1500000000, role=S, fy=FY),
]
W = "`…に N億円` among the measures of 海上保安庁関係 in the 令和7年度補正予算案"
ROWS = [
    dict(line=3, text="59億円", budget_yen=5900000000, fy=FY, program="大型巡視船2隻(3,500トン型)の新規増強",
         aliases=["大型巡視船2隻", "大型巡視船"], role=S, why=W),
    dict(line=3, text="71億円", budget_yen=7100000000, fy=FY,
         program="ヘリコプター2機搭載型巡視船“かんばい”(PLH-45)の就役", aliases=["かんばい", "ヘリコプター2機搭載型巡視船"],
         role=S, why=W),
    dict(line=3, text="15億円", budget_yen=1500000000, fy=FY, program="小型巡視艇2隻の老朽代替",
         aliases=["小型巡視艇2隻", "小型巡視艇"], role=S, why=W),
]
NOT_ROWS = [
    dict(line=1, text="793億円", value_yen=79300000000, fy=FY, mention_role=S, what="海保 補正予算案 (headline)",
         reason="the agency's supplementary total"),
    dict(line=2, text="793億円", value_yen=79300000000, fy=FY, mention_role=S, what="海上保安庁関係 総額",
         reason="the agency's supplementary total"),
    dict(line=2, text="912億円", value_yen=91200000000, fy=2024, mention_role=S, what="昨年度の補正予算 (海保)",
         reason="previous year's supplementary total, a comparison"),
]
