from kinds import amt, cnt, date, fyr

DOC = "hokuryu_r6_nikuzuke_yosan"
# ■令和6年度予算(肉付け予算)が成立 (line 1): the page presents the year's budget as it stands after the 4月補正
# (肉付け予算) that added the policy items; its `・item N千円` lines under ■一般会計の主な事業 are read as FY2024
# budget (role budget: the page lists the 実質の令和6年度予算; a reader could also call them supplementary, see
# README). 4月補正 is a label (no date); 4月の町議会定例会 is a date. The per-citizen figure is other.
B, O, FY = "budget", "other", 2024
M = [
    fyr(1, "令和6年度", 2024),
    amt(2, "40億7,400万円", 4074000000, role=B, fy=FY),
    fyr(3, "令和6年度", 2024),
    date(4, "4月", "2024-04"),
    fyr(4, "令和6年度", 2024),
    amt(7, "2,508,621円", 2508621, role=O, fy=FY),
    date(8, "令和6年4月1日", "2024-04-01"),
    cnt(8, "1,624人", 1624, "人"),
    amt(14, "5,963千円", 5963000, role=B, fy=FY),
    amt(17, "4,448千円", 4448000, role=B, fy=FY),
    amt(20, "3,384千円", 3384000, role=B, fy=FY),
    amt(24, "2,654千円", 2654000, role=B, fy=FY),
    amt(26, "3,917千円", 3917000, role=B, fy=FY),
]
W = "`・item[label] N千円` under ■一般会計の主な事業 of the 令和6年度予算 (line 1); labels [重点] [拡大] dropped"
R = dict(fy=FY, role=B, why=W)
ROWS = [
    dict(line=14, text="5,963千円", budget_yen=5963000, program="農業担い手育成支援事業", **R),
    dict(line=17, text="4,448千円", budget_yen=4448000, program="農畜産物直売所管理運営事業", **R),
    dict(line=20, text="3,384千円", budget_yen=3384000, program="有害鳥獣駆除対策事業", **R),
    dict(line=24, text="2,654千円", budget_yen=2654000, program="ひまわりの里維持管理事業", **R),
    dict(line=26, text="3,917千円", budget_yen=3917000, program="サンフラワーパーク北竜温泉管理運営事業", **R),
]
NOT_ROWS = [
    dict(line=2, text="40億7,400万円", value_yen=4074000000, fy=FY, mention_role=B, what="一般会計予算総額", reason="general account total"),
    dict(line=7, text="2,508,621円", value_yen=2508621, fy=FY, mention_role=O, what="町民一人あたり 合計", reason="budget per citizen, a conversion"),
]
