from kinds import amt, date, fyr

DOC = "sports_r8_yosanan_gaiyo"
# スポーツ庁予算概要 of the 令和8年度予算政府案 (its legend: `※金額はR8当初予算案、( )はR7当初予算`). The agency's
# totals: `H24:235億円` budget fy 2012 (a past year's budget, neither the current nor the previous year), `R8:368億円`
# budget fy 2026, `(R7:363億円)` previous_budget fy 2025, all traps. The programme `50億円(32億円)` is budget fy 2026
# (a row with its previous figure) and previous_budget fy 2025; `<R7補正:58億円>` the same programme's 令和7年度
# supplementary (supplementary_budget fy 2025, a row). `(H25.9)`, `(H27.10)` are dotted era dates; `H24`, `R8`, `R7`
# era abbreviations are fiscal years; `約1.5倍` a ratio (no mention); `1.`, `(1)`, `①` list markers.
B, P, S = "budget", "previous_budget", "supplementary_budget"
M = [
    date(2, "H25.9", "2013-09"), date(2, "H27.10", "2015-10"), fyr(2, "令和8年度", 2026),
    fyr(3, "平成24年度", 2012), fyr(3, "H24", 2012), amt(3, "235億円", 23500000000, fy=2012),
    fyr(3, "R8", 2026), amt(3, "368億円", 36800000000, fy=2026), fyr(3, "R7", 2025),
    amt(3, "363億円", 36300000000, role=P, fy=2025),
    fyr(4, "令和8年度", 2026),
    fyr(6, "R8", 2026), fyr(6, "R7", 2025),
    amt(8, "50億円", 5000000000, fy=2026), amt(8, "32億円", 3200000000, role=P, fy=2025),
    fyr(9, "R7", 2025), amt(9, "58億円", 5800000000, role=S, fy=2025),
]
ROWS = [
    dict(line=8, text="50億円", budget_yen=5000000000, previous_budget_yen=3200000000, fy=2026,
         program="部活動の地域展開等の全国的な実施", role=B,
         why="主な事業 `name N億円(N億円)` of the 令和8年度スポーツ庁予算案 (legend: R8当初予算案, ( ) R7当初予算)"),
    dict(line=9, text="58億円", budget_yen=5800000000, fy=2025, program="部活動の地域展開等の全国的な実施", role=S,
         why="the same programme's `<R7補正:N億円>`: the 令和7年度 supplementary"),
]
NOT_ROWS = [
    dict(line=3, text="235億円", value_yen=23500000000, fy=2012, mention_role=B, what="H24 スポーツ庁予算",
         reason="agency total of a past year"),
    dict(line=3, text="368億円", value_yen=36800000000, fy=2026, mention_role=B, what="R8 スポーツ庁予算案",
         reason="agency total"),
    dict(line=3, text="363億円", value_yen=36300000000, fy=2025, mention_role=P, what="R7 スポーツ庁予算",
         reason="agency total of the previous year"),
    dict(line=8, text="32億円", value_yen=3200000000, fy=2025, mention_role=P, what="( ) R7当初予算",
         reason="previous year's figure (fills previous_budget_yen)"),
]
