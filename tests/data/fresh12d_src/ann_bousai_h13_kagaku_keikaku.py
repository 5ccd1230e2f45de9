from kinds import amt, date, fyr

DOC = "bousai_h13_kagaku_keikaku"
# 防災白書 平成13年版, 第3部 (平成13年度の防災に関する計画) 第2章 科学技術の研究: measures in prose; one carries money in
# the older layout, three bracketed lines: `平成13年度予算額 (10百万円)` (budget FY2001, a row: 総務省's デジタル防災行政無線の
# 普及促進), `平成12年度予算額 (0百万円)` (previous_budget FY2000, a trap filling the row's previous_budget_yen: fresh5b,
# budgets_tables), `差引増△減    (10百万円)` (the change, `other` FY2001, a trap). `平成13年1月` a date. The repeated
# `表示段落: 第3部/第2章` (site chrome, kept), `第2章`, `(1)` … `(4)`, `a` are ordinals and list numbers.
B, PB, O = "budget", "previous_budget", "other"
M = [
    date(6, "平成13年1月", "2001-01"),
    fyr(12, "平成13年度", 2001), amt(12, "10百万円", 10000000, fy=2001),
    fyr(13, "平成12年度", 2000), amt(13, "0百万円", 0, role=PB, fy=2000),
    amt(14, "10百万円", 10000000, role=O, fy=2001),
]
ROWS = [
    dict(line=12, text="10百万円", budget_yen=10000000, previous_budget_yen=0, fy=2001,
         program="デジタル防災行政無線の普及促進", role=B, ministry="総務省",
         why="`平成13年度予算額 (10百万円)` under the measure of the plan chapter (a new measure: the year before `(0百万円)`)"),
]
NOT_ROWS = [
    dict(line=13, text="0百万円", value_yen=0, fy=2000, mention_role=PB, what="平成12年度予算額 (0百万円)",
         reason="the previous year's figure beside the year's budget (previous_budget: fills the row's previous_budget_yen)"),
    dict(line=14, text="10百万円", value_yen=10000000, fy=2001, mention_role=O, what="差引増△減 (10百万円)",
         reason="the change against the previous year, not a budget"),
]
