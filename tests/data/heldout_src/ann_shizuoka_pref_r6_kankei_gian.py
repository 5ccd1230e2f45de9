DOC = "shizuoka_pref_r6_kankei_gian"
F = 2024
AMOUNTS = [
    (5, "762億5,500万円", 76255000000, 76255000000, "supplementary_budget", F),
    (5, "1兆4,080億7,500万円", 1408075000000, 1408075000000, "budget", F),
    (5, "566億4,700万円", 56647000000, 56647000000, "supplementary_budget", F),
]
ROWS = []
NOT_ROWS = [
    dict(line=5, text="762億5,500万円", value_yen=76255000000, fy=F, mention_role="supplementary_budget", what="一般会計の2月補正予算額", reason="total of the whole supplementary budget"),
    dict(line=5, text="1兆4,080億7,500万円", value_yen=1408075000000, fy=F, mention_role="budget", what="令和6年度の最終予算額", reason="general account total after every supplementary of the year"),
    dict(line=5, text="566億4,700万円", value_yen=56647000000, fy=F, mention_role="supplementary_budget", what="国の補正予算に伴う経費", reason="total of a package (every measure following the national supplementary), not a programme"),
]
