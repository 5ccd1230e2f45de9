from kinds import amt, cnt, fyr

DOC = "npa_r8_yosanan_dempa"
# 警察庁's 令和8年度予算案 as 電波タイムズ reports it: budget FY2026 throughout (the headline's era-less `8年度` is no
# fiscal year, GUIDE; the body's `令和8年度` fixes the year of every figure, also the headline's). The headline's
# `3117億円超え` (at_least), the general account, the 復興特会 part and their sum are traps (account and agency
# totals); the pillar `サイバー空間の脅威への対処には、N円(前年度予算N円)` a row with its previous_budget (FY2025, a
# trap), and its sub-item `対処能力の向上に N円` a row. `7つの重事項` a count of 7 つ; `154人` a count.
B, P, FY = "budget", "previous_budget", 2026
M = [
    amt(1, "3117億円", 311700000000, None, fy=FY, q=("at_least",)),
    fyr(2, "令和8年度", FY), amt(2, "3115億600万円", 311506000000, fy=FY), amt(2, "2億1300万円", 213000000, fy=FY),
    amt(2, "3117億1900万円", 311719000000, fy=FY), cnt(2, "7つ", 7, "つ"), cnt(2, "154人", 154, "人"),
    amt(3, "66億7900万円", 6679000000, fy=FY), amt(3, "56億9200万円", 5692000000, role=P, fy=2025),
    amt(4, "53億8000万円", 5380000000, fy=FY),
]
ROWS = [
    dict(line=3, text="66億7900万円", budget_yen=6679000000, previous_budget_yen=5692000000, fy=FY,
         program="サイバー空間の脅威への対処", role=B,
         why="a 重要事項 (pillar) with its figure and `(前年度予算N円)` in 警察庁's 令和8年度予算案"),
    dict(line=4, text="53億8000万円", budget_yen=5380000000, fy=FY, program="サイバー対処能力の向上", aliases=["対処能力の向上"], role=B,
         why="a measure inside the サイバー pillar with its own figure"),
]
NOT_ROWS = [
    dict(line=1, text="3117億円", value_yen=311700000000, fy=FY, mention_role=B, what="8年度予算案は総額3117億円超え",
         reason="the agency's total (headline)"),
    dict(line=2, text="3115億600万円", value_yen=311506000000, fy=FY, mention_role=B, what="一般会計", reason="an account total"),
    dict(line=2, text="2億1300万円", value_yen=213000000, fy=FY, mention_role=B, what="東日本大震災復興特別会計",
         reason="an account total (the agency's part of the special account)"),
    dict(line=2, text="3117億1900万円", value_yen=311719000000, fy=FY, mention_role=B, what="合計", reason="the agency's total"),
    dict(line=3, text="56億9200万円", value_yen=5692000000, fy=2025, mention_role=P, what="前年度予算 (サイバー空間の脅威への対処)",
         reason="the previous year's figure of a row (its previous_budget_yen)"),
]
