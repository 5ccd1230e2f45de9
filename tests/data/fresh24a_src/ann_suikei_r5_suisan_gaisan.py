from kinds import amt, cnt, date, fyr

DOC = "suikei_r5_suisan_gaisan"
# 水産庁's 2023年度 水産関係予算 概算要求 as 水産経済新聞 reports it: budget FY2023 (`来年度` and the headline's era-less
# `23年度` fixed by `2023年度` on line 3). The total `2604億円` (headline and body) traps; `(前年度要求額2602億円)` is the
# PREVIOUS YEAR'S REQUEST (NEW, arguable): `budget` of its own year FY2022 (a request is the budget of the requested
# year, fresh8a), not previous_budget (the label says 要求額, not 予算額), a trap. The items `…は、前年度の当初予算額
# 82億円を上回る97億円を要求` / `…に前年度を100億円上回る313億円` / `…に前年度を40億円上回る188億円` are rows; `82億円`
# previous_budget FY2022 (the row's previous_budget_yen), the increases `100億円`, `40億円` other, traps. `5つの柱` 5 つ;
# `23日` 2022-08-23 (the dateline's month); `[....]` the page's cut.
B, FY = "budget", 2023
M = [
    amt(1, "2604億円", 260400000000, fy=FY),
    date(2, "2022年8月25日", "2022-08-25"),
    date(3, "23日", "2022-08-23"), fyr(3, "2023年度", FY), amt(3, "2604億円", 260400000000, fy=FY),
    amt(3, "2602億円", 260200000000, fy=2022), cnt(3, "5つ", 5, "つ"),
    amt(5, "82億円", 8200000000, role="previous_budget", fy=2022), amt(5, "97億円", 9700000000, fy=FY),
    amt(5, "100億円", 10000000000, role="other", fy=FY), amt(5, "313億円", 31300000000, fy=FY),
    amt(5, "40億円", 4000000000, role="other", fy=FY), amt(5, "188億円", 18800000000, fy=FY),
]
W = "a measure with its requested figure in 水産庁's 2023年度 概算要求"
ROWS = [
    dict(line=5, text="97億円", budget_yen=9700000000, previous_budget_yen=8200000000, fy=FY, program="資源調査・評価の拡充",
         role=B, ministry="水産庁", why=W + "; `前年度の当初予算額82億円` its previous year"),
    dict(line=5, text="313億円", budget_yen=31300000000, fy=FY, program="漁業収入安定対策", aliases=["漁業経営安定対策"],
         role=B, ministry="水産庁", why=W),
    dict(line=5, text="188億円", budget_yen=18800000000, fy=FY, program="取り締まり・密漁対策", role=B, ministry="水産庁", why=W),
]
NOT_ROWS = [
    dict(line=1, text="2604億円", value_yen=260400000000, fy=FY, mention_role=B, what="23年度水産予算、概算要求額 (headline)",
         reason="the fisheries request total"),
    dict(line=3, text="2604億円", value_yen=260400000000, fy=FY, mention_role=B, what="来年度予算要求額の総額",
         reason="the fisheries request total"),
    dict(line=3, text="2602億円", value_yen=260200000000, fy=2022, mention_role=B, what="前年度要求額",
         reason="the previous year's request total"),
    dict(line=5, text="82億円", value_yen=8200000000, fy=2022, mention_role="previous_budget", what="前年度の当初予算額",
         reason="the previous year's figure of a row (its previous_budget_yen)"),
    dict(line=5, text="100億円", value_yen=10000000000, fy=FY, mention_role="other", what="前年度を100億円上回る",
         reason="an increase"),
    dict(line=5, text="40億円", value_yen=4000000000, fy=FY, mention_role="other", what="前年度を40億円上回る",
         reason="an increase"),
]
