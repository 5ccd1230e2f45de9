from kinds import amt, cnt, fyr

DOC = "caa_h27_yosan_tokushu"
# 消費者庁 平成26年度補正予算・平成27年度予算案 (a feature, PDF text stored as one line, spaces inside the figures and
# years as stored). The deck defines its own labels: `【補正】` = 平成26年度補正予算 (supplementary_budget FY2014),
# `【当初】` = 平成27年度当初予算案 (budget FY2015), `()内` = 平成26年度当初予算 (previous_budget FY2014). The
# agency's totals (25.7 億円 補正; 120.0 / 124.8 億円 当初) are traps; `合わせて 50 億円` sums a supplementary and an
# initial budget (other, fy null). `被災4県` counts; `消費者ホットラインの3桁化` is a programme's name (3桁: no
# mention). The 復興特別会計 `4.8 億円` of the 交付金 and the hotline's `【補正】4.8 億円` share a text on the one
# line: only the hotline's is a row (a line-keyed row cannot tell them apart).
B, P, S, O = "budget", "previous_budget", "supplementary_budget", "other"
F26, F27 = 2014, 2015
M = [
    fyr(1, "平成 26 年度", F26),
    fyr(1, "平成 27 年度", F27),
    fyr(1, "平成 26 年度", F26),
    fyr(1, "平成 27 年度", F27),
    fyr(1, "平成 26 年度", F26),
    amt(1, "25.7 億円", 2570000000, role=S, fy=F26),
    fyr(1, "平成 27 年 度", F27),
    amt(1, "120.0 億円", 12000000000, fy=F27),
    amt(1, "124.8 億円", 12480000000, fy=F27),
    fyr(1, "平成 26 年度", F26),
    amt(1, "20 億円", 2000000000, role=S, fy=F26),
    fyr(1, "平成 27 年度", F27),
    amt(1, "30 億円", 3000000000, fy=F27),
    amt(1, "50 億円", 5000000000, role=O),
    fyr(1, "平成 27年度", F27),
    fyr(1, "平成 26 年度", F26),
    amt(1, "25.7 億円", 2570000000, role=S, fy=F26),
    fyr(1, "平成 27 年度", F27),
    amt(1, "120.0 億円", 12000000000, fy=F27),
    amt(1, "124.8 億円", 12480000000, fy=F27),
    fyr(1, "平成 26 年度", F26),
    fyr(1, "平成 27 年度", F27),
    fyr(1, "平成 26 年度", F26),
    amt(1, "30 億円", 3000000000, role=P, fy=F26),
    amt(1, "30 億円", 3000000000, fy=F27),
    amt(1, "20 億円", 2000000000, role=S, fy=F26),
    cnt(1, "4県", 4, "県"),
    amt(1, "4.8 億円", 480000000, fy=F27),
    amt(1, "4.8 億円", 480000000, role=S, fy=F26),
    amt(1, "39 百万円", 39000000, fy=F27),
    amt(1, "33 百万円", 33000000, role=P, fy=F26),
]
# (The `(30 億円)` previous-year figure is listed before its `【当初】30 億円`: records of one line are keyed by text,
# and the row on `30 億円` must find the 当初 figure last.)
WB = "`●name 【当初】N (previous)`: the programme's 平成27年度当初予算案 figure"
WS = "`●name 【補正】N`: the programme's 平成26年度補正予算 figure"
ROWS = [
    dict(line=1, text="30 億円", budget_yen=3000000000, previous_budget_yen=3000000000, fy=F27,
         program="地方消費者行政推進交付金", role=B, why=WB),
    dict(line=1, text="20 億円", budget_yen=2000000000, fy=F26, program="地方消費者行政推進交付金", role=S, why=WS),
    dict(line=1, text="4.8 億円", budget_yen=480000000, fy=F26, program="消費者ホットラインの3桁化", role=S, why=WS),
    dict(line=1, text="39 百万円", budget_yen=39000000, previous_budget_yen=33000000, fy=F27,
         program="子供の不慮の事故防止などの消費者教育の推進", aliases=["消費者教育の推進"], role=B, why=WB),
]
NOT_ROWS = [
    dict(line=1, text="25.7 億円", value_yen=2570000000, fy=F26, mention_role=S, what="消費者庁 平成26年度補正予算 合計",
         reason="the agency's supplementary total"),
    dict(line=1, text="120.0 億円", value_yen=12000000000, fy=F27, mention_role=B, what="一般会計のみ (平成27年度)",
         reason="the agency's total"),
    dict(line=1, text="124.8 億円", value_yen=12480000000, fy=F27, mention_role=B, what="復興特別会計を合わせて",
         reason="the agency's total"),
    dict(line=1, text="50 億円", value_yen=5000000000, fy=None, mention_role=O, what="補正と当初を合わせて",
         reason="sum of two budgets"),
    dict(line=1, text="33 百万円", value_yen=33000000, fy=F26, mention_role=P, what="消費者教育の推進 (平成26年度当初)",
         reason="previous year's figure of a row"),
]
