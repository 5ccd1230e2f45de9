from kinds import amt, cnt, fyr, pct

DOC = "xtech_2023_digital_gaisan"
# 日経クロステック (2022-09) on the 2023年度 概算要求 of the digital programmes: the requested figures are budget
# FY2023 (a request is the budget of the requested year), the aggregate of the requests `約1兆2000億円` / `1兆2000億円
# 程度` too (approx; an aggregate across ministries, as fresh3's ODA aggregate); `2022年度の4600億5300万円` is
# previous_budget FY2022. The `|` table's cells are bare numbers (its unit, 億円, is given only in another version
# of the article): no mentions; its header's `2023年度要求額 | 2022年度当初予算額` are fiscal years.
B, P = "budget", "previous_budget"
M = [
    fyr(1, "2023年度", 2023),
    amt(1, "1兆2000億円", 1200000000000, fy=2023, q=("approx",)),
    amt(2, "1兆2000億円", 1200000000000, fy=2023, q=("approx",)),
    amt(2, "5556億600万円", 555606000000, fy=2023),
    fyr(2, "2022年度", 2022),
    amt(2, "4600億5300万円", 460053000000, role=P, fy=2022),
    pct(2, "2割", 20),
    fyr(2, "2022年度", 2022),
    fyr(3, "2023年度", 2023),
    cnt(3, "166個", 166, "個"),
    fyr(4, "2023年度", 2023),
    fyr(4, "2022年度", 2022),
    amt(14, "1200億円", 120000000000, fy=2023),
]
ROWS = [
    dict(line=2, text="5556億600万円", budget_yen=555606000000, previous_budget_yen=460053000000, fy=2023,
         program="デジタル庁の一括計上分 (情報システムの整備・運用に関する経費)",
         aliases=["情報システムの整備・運用に関する経費", "デジタル庁一括計上"], role=B,
         why="the 2023年度 request of one programme, beside its 2022年度 figure", ambiguous=True,
         note="the 一括計上 is both a programme of デジタル庁 and the bulk of the agency's request"),
    dict(line=14, text="1200億円", budget_yen=120000000000, fy=2023, program="デジタル田園都市国家構想交付金", aliases=[],
         role=B, why="the 2023年度 request of a 内閣府 programme"),
]
NOT_ROWS = [
    dict(line=1, text="1兆2000億円", value_yen=1200000000000, fy=2023, mention_role=B, what="デジタル関連の要求額の総額",
         reason="an aggregate across ministries compiled by the newspaper"),
    dict(line=2, text="1兆2000億円", value_yen=1200000000000, fy=2023, mention_role=B, what="総額1兆2000億円程度",
         reason="the same aggregate"),
    dict(line=2, text="4600億5300万円", value_yen=460053000000, fy=2022, mention_role=P, what="2022年度の一括計上分",
         reason="previous year's figure (fills previous_budget_yen of the row)"),
]
