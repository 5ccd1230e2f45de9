from kinds import amt, date, fyr

DOC = "tsuwano_r6_6gatsu_hosei"
# 津和野町長's report on the 令和6年度一般会計補正予算 passed by the June session (`6月定例会`: a date, 2024-06):
# the amount added (`3億1,898万3千円を追加`) is supplementary_budget FY2024, the total after (`93億6,398万3千円とする`)
# budget FY2024 (traps); every work `…として N円を計上` / `N円の増額` is supplementary_budget FY2024 (a row). The
# 本庁舎 works are given as two figures by kind of expense (工事管理業務委託料, 工事請負費): two rows marked ambiguous.
# `3階` (a floor) is no mention.
B, S, FY = "budget", "supplementary_budget", 2024
M = [
    date(1, "6月", "2024-06"),
    fyr(1, "令和6年度", FY),
    amt(2, "3億1,898万3千円", 318983000, role=S, fy=FY),
    amt(2, "93億6,398万3千円", 9363983000, fy=FY),
    amt(3, "101万9千円", 1019000, role=S, fy=FY),
    amt(3, "4,000万円", 40000000, role=S, fy=FY),
    amt(7, "4,523万円", 45230000, role=S, fy=FY),
    amt(9, "150万円", 1500000, role=S, fy=FY),
    amt(10, "427万3千円", 4273000, role=S, fy=FY),
    amt(10, "200万円", 2000000, role=S, fy=FY),
]
W = "a work of the 令和6年度一般会計補正予算 (`…として N円を計上`, `N円の増額`)"
AMB = dict(ambiguous=True, note="one work given as two figures by kind of expense")
ROWS = [
    dict(line=3, text="101万9千円", budget_yen=1019000, fy=FY, program="役場本庁舎3階の施設整備に係る工事管理業務委託料",
         aliases=["役場本庁舎3階の施設整備"], role=S, why=W, **AMB),
    dict(line=3, text="4,000万円", budget_yen=40000000, fy=FY, program="役場本庁舎3階の施設整備 工事請負費",
         aliases=["役場本庁舎3階の施設整備"], role=S, why=W, **AMB),
    dict(line=7, text="4,523万円", budget_yen=45230000, fy=FY, program="旧日原保育園跡地の駐車場等整備工事費",
         aliases=["旧日原保育園跡地駐車場等整備"], role=S, why=W),
    dict(line=9, text="150万円", budget_yen=1500000, fy=FY, program="個別商業包括的支援補助金", role=S, why=W),
    dict(line=10, text="427万3千円", budget_yen=4273000, fy=FY, program="認定農業者機械等整備事業補助金", role=S, why=W),
    dict(line=10, text="200万円", budget_yen=2000000, fy=FY, program="中規模農業者農業用機械導入支援事業補助金", role=S, why=W),
]
NOT_ROWS = [
    dict(line=2, text="3億1,898万3千円", value_yen=318983000, fy=FY, mention_role=S, what="追加額 (補正額)",
         reason="supplementary total"),
    dict(line=2, text="93億6,398万3千円", value_yen=9363983000, fy=FY, mention_role=B, what="補正後の総額",
         reason="total after the supplementary"),
]
