from kinds import amt, fyr, pct

DOC = "bunkacho_r6_gaisan_bijutsutecho"
# News (美術手帖, 2023) on 文化庁's 令和6年度 概算要求: the request total and every requested programme figure are
# budget FY2024 (a request is the budget of the requested year); `昨年度の113億円` and the `(前年度N)` figures are
# previous_budget FY2023. `5億円2700万円` (a stray 円, as stored) reads 5億2700万円. `昨年度同様の2億円` is the year's
# requested figure (budget). `27.2パーセント` is a percent.
B, P, FY, PY = "budget", "previous_budget", 2024, 2023
M = [
    fyr(1, "令和6年度", FY),
    fyr(1, "令和5年度", PY),
    pct(1, "27.2パーセント", 27.2),
    amt(1, "1350億円", 135000000000, fy=FY),
    amt(2, "113億円", 11300000000, role=P, fy=PY),
    amt(2, "165億円", 16500000000, fy=FY),
    amt(2, "24億円", 2400000000, fy=FY),
    fyr(3, "令和6年度", FY),
    amt(3, "2億円", 200000000, fy=FY),
    amt(4, "2億円", 200000000, fy=FY),
    amt(4, "2億4300万円", 243000000, fy=FY),
    amt(4, "1億8700万円", 187000000, role=P, fy=PY),
    amt(4, "7億2700万円", 727000000, fy=FY),
    amt(4, "5億円2700万円", 527000000, role=P, fy=PY),
    amt(4, "3億900万円", 309000000, fy=FY),
    amt(4, "1億900万円", 109000000, role=P, fy=PY),
]
W = "programme figure of the 令和6年度 概算要求 (lead-in), the year's requested amount"
ROWS = [
    dict(line=2, text="165億円", budget_yen=16500000000, previous_budget_yen=11300000000, fy=FY,
         program="国宝・重要文化財建造物保存修理強化対策事業", aliases=["建造物保存修理強化対策事業"], role=B, why=W),
    dict(line=2, text="24億円", budget_yen=2400000000, fy=FY, program="城郭施設整備事業", aliases=[], role=B,
         why=W + " (新規)"),
    dict(line=3, text="2億円", budget_yen=200000000, fy=FY, program="国立文化財修理センター (設計・運営に向けた検討)",
         aliases=["国立文化財修理センター"], role=B, why=W + " (新規計上); the programme is named only by its purpose",
         ambiguous=True),
    dict(line=4, text="2億円", budget_yen=200000000, fy=FY, program="未来のトップアーティスト等の国際的活動支援事業",
         aliases=[], role=B, why=W),
    dict(line=4, text="2億4300万円", budget_yen=243000000, previous_budget_yen=187000000, fy=FY,
         program="新進芸術家の海外研修", aliases=[], role=B, why=W),
    dict(line=4, text="7億2700万円", budget_yen=727000000, previous_budget_yen=527000000, fy=FY,
         program="世界から人を惹きつけるグローバル拠点形成の推進", aliases=["グローバル拠点形成の推進"], role=B, why=W),
    dict(line=4, text="3億900万円", budget_yen=309000000, previous_budget_yen=109000000, fy=FY,
         program="国際的なイベントにおけるアートの国際発信", aliases=[], role=B,
         why=W + "; a part of the グローバル拠点形成 figure (the reason of its increase)", ambiguous=True),
]
NOT_ROWS = [
    dict(line=1, text="1350億円", value_yen=135000000000, fy=FY, mention_role=B, what="文化庁 概算要求 総額",
         reason="the agency's total request, not a programme"),
    dict(line=2, text="113億円", value_yen=11300000000, fy=PY, mention_role=P, what="昨年度 (建造物保存修理)",
         reason="previous year's figure of a programme (fills previous_budget_yen of the row)"),
    dict(line=4, text="1億8700万円", value_yen=187000000, fy=PY, mention_role=P, what="前年度 (新進芸術家の海外研修)",
         reason="previous year's figure"),
    dict(line=4, text="5億円2700万円", value_yen=527000000, fy=PY, mention_role=P, what="前年度 (グローバル拠点形成)",
         reason="previous year's figure"),
    dict(line=4, text="1億900万円", value_yen=109000000, fy=PY, mention_role=P, what="前年度 (国際的なイベント)",
         reason="previous year's figure"),
]
