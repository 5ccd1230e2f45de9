from kinds import amt, date, fyr

DOC = "mhlw_r4_yosanan_hoiku_wicnet"
# 厚生労働省's 令和4年度予算案の主要事項, page 88, as wic-net.com prints one PDF page a web page (one programme group a
# page). The title `令和4年度…予算案` labels every bare figure: budget FY2022; the bracket of each `N億円(N億円)` pair
# is previous_budget FY2021 (GUIDE: the bracketed figure of an `X（Y）` pair), a trap carried as the row's
# previous_budget_yen. The section header `補正554億円、当初969億円(969億円)` above (1): its name is on the page
# before (not in the text), so no programme can be named: traps (the `補正` figure supplementary_budget with NO year
# written: fy null, the 令和3年度 supplementary that goes with the 令和4年度 budget). The group (1) and its three
# items ①②③ are rows (a parent and its children, fresh6b/fresh8a). `(12/24)` in the source line is a publication
# date, dated 2021 (a 予算案 is decided the December before its year; NEW, arguable: a year-less M/D outside a
# schedule); the bracketed `(969億円)` of line 9 and of line 11 share their text with the figure before them: one
# row or trap a text (fresh4's one line holding several figures with the same text); `(88 ページ)` a page
# reference; `25~44 歳` ages; `1/2→2/3` fractions (補助率): no mentions.
B, P, S, FY, PY = "budget", "previous_budget", "supplementary_budget", 2022, 2021
M = [
    fyr(1, "令和4年度", FY),
    fyr(4, "令和4年度", FY), date(4, "12/24", "2021-12-24"),
    amt(9, "554億円", 55400000000, role=S), amt(9, "969億円", 96900000000, role=P, fy=PY),
    amt(9, "969億円", 96900000000, fy=FY),
    amt(11, "969億円", 96900000000, role=P, fy=PY), amt(11, "969億円", 96900000000, fy=FY),
    amt(18, "482億円", 48200000000, fy=FY), amt(18, "602億円", 60200000000, role=P, fy=PY),
    amt(25, "284億円", 28400000000, fy=FY), amt(25, "191億円", 19100000000, role=P, fy=PY),
    amt(32, "111億円", 11100000000, fy=FY), amt(32, "110億円", 11000000000, role=P, fy=PY),
]
W = "`(1)name` then `N億円(N億円)` in 厚生労働省's 令和4年度予算案の主要事項 (the group of this page)"
W2 = "`①name` then `N億円(N億円)` under (1) in 厚生労働省's 令和4年度予算案の主要事項"
ROWS = [
    dict(line=11, text="969億円", budget_yen=96900000000, previous_budget_yen=96900000000, fy=FY,
         program="保育の受け皿整備・保育人材の確保等", role=B, why=W),
    dict(line=18, text="482億円", budget_yen=48200000000, previous_budget_yen=60200000000, fy=FY,
         program="保育の受け皿整備", role=B, why=W2),
    dict(line=25, text="284億円", budget_yen=28400000000, previous_budget_yen=19100000000, fy=FY,
         program="保育人材確保のための総合的な対策", role=B, why=W2),
    dict(line=32, text="111億円", budget_yen=11100000000, previous_budget_yen=11000000000, fy=FY,
         program="多様な保育の充実", role=B, why=W2),
]
NOT_ROWS = [
    dict(line=9, text="554億円", value_yen=55400000000, fy=None, mention_role=S, what="補正 (the section header)",
         reason="a section's supplementary figure; the section's name is not in the text (on the page before)"),
    dict(line=9, text="969億円", value_yen=96900000000, fy=FY, mention_role=B, what="当初 (the section header)",
         reason="a section's figure whose name is not in the text (equal to the (1) row)"),
    dict(line=18, text="602億円", value_yen=60200000000, fy=PY, mention_role=P, what="① (前年度)",
         reason="the previous year's figure of a row (its previous_budget_yen)"),
    dict(line=25, text="191億円", value_yen=19100000000, fy=PY, mention_role=P, what="② (前年度)",
         reason="the previous year's figure of a row (its previous_budget_yen)"),
    dict(line=32, text="110億円", value_yen=11000000000, fy=PY, mention_role=P, what="③ (前年度)",
         reason="the previous year's figure of a row (its previous_budget_yen)"),
]
