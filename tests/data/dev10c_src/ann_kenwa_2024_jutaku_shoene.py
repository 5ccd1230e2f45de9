from kinds import amt, cnt, date, fyr

DOC = "kenwa_2024_jutaku_shoene"
# A house builder's page on the national 住宅省エネ2024キャンペーン (four subsidy programmes of three ministries): its
# `【予算】` block flattened: `令和5年度補正予算:2,100億円(国土交通省)`, `令和5年度当初予算案:400億円(国土交通省)`, then two
# bare lines `1,350億円(環境省)`, `580億円(経済産業省)`. The two bare lines take the label above them (GUIDE: a label
# applies until the next one): `budget` FY2023 (arguable: the real scheme funds them from the 補正; README). Each
# ministry's share of the campaign is a row (program = the campaign, `ministry` set; the page does not tie a figure to
# one of its named programmes, so no alias); the two under the uncertain label
# ambiguous. The title line `《2024年》` is the page's title (no mention); `2024年の住宅補助金制度` a date, `2050年カーボン
# ニュートラル` a date (a target year); programme names `先進的窓リノベ2024事業`, `省エネ2024キャンペーン` no mentions.
# The application window `2024年3月29日(…4月2日)~…(遅くとも2024年12月31日まで)`: an open start, a point, a deadline.
B, SB = "budget", "supplementary_budget"
M = [
    date(4, "2024年", "2024"), date(5, "2050年", "2050"), cnt(5, "4つ", 4, "つ"), cnt(6, "3つ", 3, "つ"),
    fyr(14, "令和5年度", 2023), amt(14, "2,100億円", 210000000000, role=SB, fy=2023),
    fyr(15, "令和5年度", 2023), amt(15, "400億円", 40000000000, role=B, fy=2023),
    amt(16, "1,350億円", 135000000000, role=B, fy=2023), amt(17, "580億円", 58000000000, role=B, fy=2023),
    date(25, "2024年3月29日", "2024-03-29", None), date(25, "4月2日", "2024-04-02"),
    date(25, "2024年12月31日", None, "2024-12-31", q=("at_most",)),
]
P = "住宅省エネ2024キャンペーン"
W = "a ministry's line `N円(省)` of the campaign's `【予算】` block"
ROWS = [
    dict(line=14, text="2,100億円", fy=2023, budget_yen=210000000000, program=P, ministry="国土交通省", role=SB,
         why=W + " under its own label `令和5年度補正予算:`"),
    dict(line=15, text="400億円", fy=2023, budget_yen=40000000000, program=P, ministry="国土交通省", role=B,
         why=W + " under its own label `令和5年度当初予算案:`"),
    dict(line=16, text="1,350億円", fy=2023, budget_yen=135000000000, program=P, ministry="環境省", role=B,
         why=W + " with no label of its own", ambiguous=True,
         note="the flattened block may have put it under the 補正 label (supplementary_budget)"),
    dict(line=17, text="580億円", fy=2023, budget_yen=58000000000, program=P, ministry="経済産業省", role=B,
         why=W + " with no label of its own", ambiguous=True,
         note="the flattened block may have put it under the 補正 label (supplementary_budget)"),
]
NOT_ROWS: list[dict] = []
