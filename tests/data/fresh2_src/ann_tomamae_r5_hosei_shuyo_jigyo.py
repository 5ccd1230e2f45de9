from kinds import amt, cnt, date, dur, fyr, pct

DOC = "tomamae_r5_hosei_shuyo_jigyo"
# 令和5年度補正予算の主要事業 (title): FY2023 supplementary (the 6月補正 that added the policy items to a 骨格予算).
# 補正額 and the items are supplementary; 総額 (after it) is budget. `6月補正` is a label (no date); `4月に…選挙`
# is a date. `令和5年7月分から令和6年3月分まで` gives two points. `9/21` is the carrier's page counter.
S, B, FY = "supplementary_budget", "budget", 2023
M = [
    fyr(1, "令和5年度", FY),
    fyr(7, "令和5年度", FY),
    amt(8, "3億1,311万4千円", 313114000, role=S, fy=FY),
    amt(9, "45億5,709万4千円", 4557094000, role=B, fy=FY),
    date(11, "4月", "2023-04"),
    fyr(14, "令和5年度", FY),
    amt(15, "728万円", 7280000, role=S, fy=FY),
    date(18, "令和5年7月", "2023-07"),
    date(18, "令和6年3月", "2024-03"),
    cnt(18, "16,200食", 16200, "食"),
    cnt(18, "9,450食", 9450, "食"),
    amt(20, "1,140万円", 11400000, role=S, fy=FY),
    pct(22, "15%", 15),
    amt(24, "5,699万円", 56990000, role=S, fy=FY),
    dur(25, "30 年", 30, "year"),
    fyr(25, "令和3年度", 2021),
]
W = "`(N)item N万円` under ■令和5年度補正予算の主要事業 (line 14)"
R = dict(fy=FY, role=S, why=W)
ROWS = [
    dict(line=15, text="728万円", budget_yen=7280000, program="給食費無償化事業", **R),
    dict(line=20, text="1,140万円", budget_yen=11400000, program="苫前町農畜産業経営支援事業", aliases=["農畜産業経営支援事業"], **R),
    dict(line=24, text="5,699万円", budget_yen=56990000, program="BandG海洋センター屋根改修工事", **R),
]
NOT_ROWS = [
    dict(line=8, text="3億1,311万4千円", value_yen=313114000, fy=FY, mention_role=S, what="補正額",
         reason="total of the whole supplementary"),
    dict(line=9, text="45億5,709万4千円", value_yen=4557094000, fy=FY, mention_role=B, what="総額",
         reason="general-account total after the supplementary"),
]
