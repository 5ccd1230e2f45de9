from kinds import amt, date, fyr

DOC = "wic_r8_sports_yosanan"
# 財務省's 令和8年度予算政府案 page on スポーツ庁 (its `スポーツ庁予算概要`), as the MC plus site stores its text with its
# own chrome (kept). The legend `※金額はR8当初予算案、( )はR7当初予算` gives `50億円` budget FY2026 and `(32億円)`
# previous_budget FY2025 (a trap, the row's previous_budget_yen); `<R7補正:58億円>` the same programme's part in the
# 令和7年度 supplementary: a second row, `supplementary_budget` FY2025 (fresh4's / fresh5b's 当初・補正 pairs). The agency
# totals `H24:235億円` (budget FY2012), `R8:368億円` (FY2026) and `(R7:363億円)` (previous_budget FY2025) traps.
# `H25.9`, `H27.10` dotted era dates (GUIDE's dotted dates; 平成25年9月, 平成27年10月); `H24`, `R8`, `R7` fiscal years
# (GUIDE's era abbreviations); `(12/26)`, the date of the 予算政府案 in the source line, a date 2025-12-26 (arguable: the
# GUIDE's year-less `M/D` is a date in a list of events; here it dates a document). Not mentions: `(35 ページ)` a page
# reference, the URL's `fy2026`, `約1.5倍` a ratio, `1.` `(1)` `①` `②` list numbers.
B, FY = "budget", 2026
M = [
    fyr(6, "令和8年度", FY), date(6, "12/26", "2025-12-26"),
    date(11, "H25.9", "2013-09"), date(11, "H27.10", "2015-10"), fyr(11, "令和8年度", FY),
    fyr(12, "平成24年度", 2012), fyr(12, "H24", 2012), amt(12, "235億円", 23500000000, fy=2012),
    fyr(12, "R8", FY), amt(12, "368億円", 36800000000, fy=FY), fyr(12, "R7", 2025),
    amt(12, "363億円", 36300000000, role="previous_budget", fy=2025),
    fyr(13, "令和8年度", FY),
    fyr(15, "R8", FY), fyr(15, "R7", 2025),
    amt(17, "50億円", 5000000000, fy=FY), amt(17, "32億円", 3200000000, role="previous_budget", fy=2025),
    fyr(18, "R7", 2025), amt(18, "58億円", 5800000000, role="supplementary_budget", fy=2025),
]
P = "部活動の地域展開等の全国的な実施"
ROWS = [
    dict(line=17, text="50億円", budget_yen=5000000000, previous_budget_yen=3200000000, fy=FY, program=P, role=B,
         ministry="スポーツ庁", why="a main programme `name N億円(N億円)` under the legend `金額はR8当初予算案、( )はR7当初予算`"),
    dict(line=18, text="58億円", budget_yen=5800000000, fy=2025, program=P, role="supplementary_budget", ministry="スポーツ庁",
         why="the same programme's `<R7補正:N億円>`: its part in the 令和7年度 supplementary"),
]
NOT_ROWS = [
    dict(line=12, text="235億円", value_yen=23500000000, fy=2012, mention_role=B, what="H24 スポーツ庁予算",
         reason="the agency's total of an earlier year"),
    dict(line=12, text="368億円", value_yen=36800000000, fy=FY, mention_role=B, what="R8 スポーツ庁予算案",
         reason="the agency's budget total"),
    dict(line=12, text="363億円", value_yen=36300000000, fy=2025, mention_role="previous_budget", what="R7 スポーツ庁予算",
         reason="the agency's previous-year total"),
    dict(line=17, text="32億円", value_yen=3200000000, fy=2025, mention_role="previous_budget", what="R7当初予算",
         reason="the previous year's figure of a row (its previous_budget_yen)"),
]
