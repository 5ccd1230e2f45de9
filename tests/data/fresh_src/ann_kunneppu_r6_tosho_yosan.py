from kinds import amt, date, fyr, pct

DOC = "kunneppu_r6_tosho_yosan"
# 令和6年度当初予算 (line 2): account totals and the `・item amount` lines are FY2024 budget.
# 3月7日から18日まで: two points (GUIDE). 「令和6年度よくわかるまちの仕事」 is a quoted title: no mention.
B, FY = "budget", 2024
M = [
    fyr(2, "令和6年度", 2024),
    date(2, "3月7日", "2024-03-07"),
    date(2, "18日", "2024-03-18"),
    fyr(4, "令和6年度", 2024),
    fyr(6, "令和6年度", 2024),
    amt(7, "49億2,140万円", 4921400000, role=B, fy=FY),
    fyr(7, "令和5年度", 2023),
    pct(7, "1.8%", 1.8),
    amt(7, "65億6,860万円", 6568600000, role=B, fy=FY),
    pct(7, "0.8%", 0.8),
    amt(9, "1億8,618万円", 186180000, role=B, fy=FY),
    amt(10, "4,570万円", 45700000, role=B, fy=FY),
    amt(11, "3,255万円", 32550000, role=B, fy=FY),
    amt(12, "2,772万円", 27720000, role=B, fy=FY),
    amt(13, "2,530万円", 25300000, role=B, fy=FY),
    amt(14, "2,463万円", 24630000, role=B, fy=FY),
    amt(15, "1,377万円", 13770000, role=B, fy=FY),
    amt(16, "626万円", 6260000, role=B, fy=FY),
    amt(17, "330万円", 3300000, role=B, fy=FY),
    fyr(18, "令和6年度", 2024),
]
W = "`・item amount` under ◇主な事業; fy and role from 令和6年度当初予算 (line 2)"
R = dict(fy=FY, role=B, why=W)
ROWS = [
    dict(line=9, text="1億8,618万円", budget_yen=186180000, program="農業基盤整備事業", **R),
    dict(line=10, text="4,570万円", budget_yen=45700000, program="訓子府福祉会に対する補助(静寿園空調設備整備含む)",
         aliases=["訓子府福祉会に対する補助"], **R),
    dict(line=11, text="3,255万円", budget_yen=32550000, program="救急車両整備事業", **R),
    dict(line=12, text="2,772万円", budget_yen=27720000, program="議場音響システム機器更新事業", **R),
    dict(line=13, text="2,530万円", budget_yen=25300000, program="葬斎場設備更新事業", **R),
    dict(line=14, text="2,463万円", budget_yen=24630000, program="スクールバス更新事業", **R),
    dict(line=15, text="1,377万円", budget_yen=13770000, program="各施設空調設備整備事業", **R),
    dict(line=16, text="626万円", budget_yen=6260000, program="議会ペーパーレス会議システム導入事業", **R),
    dict(line=17, text="330万円", budget_yen=3300000, program="ブランディング支援事業補助金", **R),
]
NOT_ROWS = [
    dict(line=7, text="49億2,140万円", value_yen=4921400000, fy=FY, mention_role=B, what="一般会計", reason="general account total"),
    dict(line=7, text="65億6,860万円", value_yen=6568600000, fy=FY, mention_role=B, what="全会計", reason="total of every account"),
]
