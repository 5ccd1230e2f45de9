from kinds import amt, dur, fyr

DOC = "jma_r5_yosan_dempa"
# 気象庁 令和5年度予算 (電波タイムズ): the agency's total is budget FY2023 (`542億円超` → at_least); its split by kind
# (物件費, 人件費) other; `うちデジタル庁一括計上 … 56億5300万円` a part of the total, budget (a trap). Programme
# figures are paired: `5年度予算 N` budget FY2023 and `4年度補正 N` supplementary_budget FY2022 (era-less years
# fixed by 令和5年度 in the same text; no fiscal_year mention). `1・05倍` ratios are no kind. `令和11(2029)年度までに`
# one fiscal year, at_most; `令和4年度から` a point; `11年度` era-less (no mention); `1年程度` a duration, approx;
# `ひまわり8号・9号`, `3次元` no mentions.
B, S, O, FY = "budget", "supplementary_budget", "other", 2023
M = [
    fyr(1, "令和5年度", FY),
    amt(1, "542億円", 54200000000, None, fy=FY, q=("at_least",)),
    fyr(2, "令和5年度", FY),
    amt(2, "200億4400万円", 20044000000, role=O, fy=FY),
    amt(2, "341億8100万円", 34181000000, role=O, fy=FY),
    amt(2, "542億2500万円", 54225000000, fy=FY),
    amt(2, "56億5300万円", 5653000000, fy=FY),
    amt(2, "7億3700万円", 737000000, fy=FY),
    amt(2, "614億4700万円", 61447000000, role=S, fy=2022),
    amt(2, "6億9400万円", 694000000, fy=FY),
    amt(2, "609億8500万円", 60985000000, role=S, fy=2022),
    fyr(2, "令和11(2029)年度", None, 2029, q=("at_most",)),
    fyr(2, "令和4年度", 2022),
    amt(2, "4億6200万円", 462000000, role=S, fy=2022),
    dur(2, "1年", 1, "year", q=("approx",)),
    amt(2, "2300万円", 23000000, fy=FY),
]
WB = "`name に5年度予算 N` (令和5年度予算)"
WS = "`name に … 4年度補正 N` (the 令和4年度 supplementary figure beside it)"
ROWS = [
    dict(line=2, text="7億3700万円", budget_yen=737000000, fy=FY, program="次期静止気象衛星の整備等", role=B, why=WB),
    dict(line=2, text="614億4700万円", budget_yen=61447000000, fy=2022, program="次期静止気象衛星の整備等", role=S, why=WS),
    dict(line=2, text="6億9400万円", budget_yen=694000000, fy=FY, program="次期静止気象衛星の整備", role=B, why=WB,
         ambiguous=True, note="part of 次期静止気象衛星の整備等 above"),
    dict(line=2, text="609億8500万円", budget_yen=60985000000, fy=2022, program="次期静止気象衛星の整備", role=S, why=WS,
         ambiguous=True, note="part of 次期静止気象衛星の整備等 above"),
    dict(line=2, text="4億6200万円", budget_yen=462000000, fy=2022, program="次期静止気象衛星の最新センサー活用に係る技術開発",
         role=S, why=WS),
    dict(line=2, text="2300万円", budget_yen=23000000, fy=FY, program="次期静止気象衛星の周波数調整に係る作業支援", role=B, why=WB),
]
NOT_ROWS = [
    dict(line=1, text="542億円", value_yen=54200000000, fy=FY, mention_role=B, what="令和5年度予算 (title)",
         reason="the agency's total"),
    dict(line=2, text="200億4400万円", value_yen=20044000000, fy=FY, mention_role=O, what="物件費",
         reason="split by kind of expense"),
    dict(line=2, text="341億8100万円", value_yen=34181000000, fy=FY, mention_role=O, what="人件費",
         reason="split by kind of expense"),
    dict(line=2, text="542億2500万円", value_yen=54225000000, fy=FY, mention_role=B, what="一般会計 総額",
         reason="the agency's total"),
    dict(line=2, text="56億5300万円", value_yen=5653000000, fy=FY, mention_role=B, what="うちデジタル庁一括計上",
         reason="part of the total held by another agency"),
]
