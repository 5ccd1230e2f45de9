from kinds import amt, fyr

DOC = "kokkai_s37_norin_yosan_setsumei"
# A 政府委員 of 農林省 explaining the 昭和三十七年度 農林関係予算案 in a Diet committee (1962-03-28), every number in
# kanji, lines broken inside words: `昭和三十七` + next line `年度農林` is one fiscal year (text on its first line).
# The ministry's and the related total are budget FY1962; the FY1961 budget after its supplementary and the FY1961
# initial budget, each the base of a comparison, are previous_budget FY1961 (the label `昭和三十六 年度…` on the lines
# above); the increases are other; `九億五百万円` for 草地改良事業 is budget FY1962. `第一に`, `一、` are ordinals.
B, P, O, FY = "budget", "previous_budget", "other", 1962
M = [
    fyr(4, "昭和三十七", FY),
    amt(10, "二千二百二十九億円", 222900000000, fy=FY),
    amt(11, "二千二百五十九億円", 225900000000, fy=FY),
    fyr(12, "昭和三十六", 1961),
    amt(14, "二千二百十八億円", 221800000000, role=P, fy=1961),
    amt(14, "二百四十一億円", 24100000000, role=O, fy=FY),
    fyr(16, "昭和三十六", 1961),
    amt(18, "一千八百七十二億円", 187200000000, role=P, fy=1961),
    amt(18, "五百八十七億円", 58700000000, role=O, fy=FY),
    amt(29, "九億五百万円", 905000000, fy=FY),
]
ROWS = [
    dict(line=29, text="九億五百万円", budget_yen=905000000, fy=FY, program="草地改良事業", role=B,
         why="`これがため、N円を計上` for the programme named two lines above, in the 昭和三十七年度 農林関係予算案"),
]
NOT_ROWS = [
    dict(line=10, text="二千二百二十九億円", value_yen=222900000000, fy=FY, mention_role=B, what="農林省所管合計",
         reason="the ministry's total"),
    dict(line=11, text="二千二百五十九億円", value_yen=225900000000, fy=FY, mention_role=B, what="農林関係予算合計",
         reason="total across ministries"),
    dict(line=14, text="二千二百十八億円", value_yen=221800000000, fy=1961, mention_role=P,
         what="昭和三十六年度補正後の予算", reason="previous year's total"),
    dict(line=14, text="二百四十一億円", value_yen=24100000000, fy=FY, mention_role=O, what="増加", reason="change"),
    dict(line=18, text="一千八百七十二億円", value_yen=187200000000, fy=1961, mention_role=P,
         what="昭和三十六年度当初予算", reason="previous year's total"),
    dict(line=18, text="五百八十七億円", value_yen=58700000000, fy=FY, mention_role=O, what="増加", reason="change"),
]
