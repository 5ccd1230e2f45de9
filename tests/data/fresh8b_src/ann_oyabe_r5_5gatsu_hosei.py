from kinds import amt, cnt, date, fyr

DOC = "oyabe_r5_5gatsu_hosei"
# 富山県小矢部市 (a council member's blog): the 令和5年度5月補正予算 passed at the 5月臨時議会 (a session named by its
# month: a date 2023-05; `5月補正予算` is a budget label, no date). The title scopes every amount: supplementary
# FY2023. `14事業` a count; their `補正額合計は、167,979千円` the total of a grouping (a trap). The programmes
# `(N)name【課】 補正額:N千円` are rows; the two sub-items under (2) (`原油価格高騰対策支援金 7,000千円`,
# `肥料価格高騰対策支援金 500千円`) are parts of 生産調整推進対策事業費: rows marked ambiguous (fresh4's 大町町 part of a
# programme). The per-area grants `200円/10a`, `750円/10a` are support (a grant's rate per unit, per null), traps;
# `2分の1` a fraction (no mention); `10a` an area (no mention).
S, SP, FY = "supplementary_budget", "support", 2023
M = [
    date(1, "5月", "2023-05"), fyr(1, "令和5年度", FY),
    fyr(2, "令和5年度", FY),
    cnt(3, "14事業", 14, "事業"), amt(3, "167,979千円", 167979000, role=S, fy=FY),
    amt(4, "7,353千円", 7353000, role=S, fy=FY),
    amt(7, "7,500千円", 7500000, role=S, fy=FY),
    amt(8, "7,000千円", 7000000, role=S, fy=FY),
    amt(9, "200円", 200, role=SP, fy=FY),
    amt(10, "500千円", 500000, role=S, fy=FY),
    amt(12, "750円", 750, role=SP, fy=FY),
    amt(13, "2,120千円", 2120000, role=S, fy=FY),
]
W = "programme `(N)name【課】 補正額:N千円` of the 令和5年度5月補正予算 (title, lines 1-2)"
WS = "sub-item `name N千円` under (2) 生産調整推進対策事業費 of the 令和5年度5月補正予算; a part of the programme on line 7"
ROWS = [
    dict(line=4, text="7,353千円", budget_yen=7353000, fy=FY, role=S, why=W, program="企画事務費"),
    dict(line=7, text="7,500千円", budget_yen=7500000, fy=FY, role=S, why=W, program="生産調整推進対策事業費"),
    dict(line=8, text="7,000千円", budget_yen=7000000, fy=FY, role=S, why=WS, program="原油価格高騰対策支援金", ambiguous=True,
         note="a part of 生産調整推進対策事業費 (line 7)"),
    dict(line=10, text="500千円", budget_yen=500000, fy=FY, role=S, why=WS, program="肥料価格高騰対策支援金", ambiguous=True,
         note="a part of 生産調整推進対策事業費 (line 7)"),
    dict(line=13, text="2,120千円", budget_yen=2120000, fy=FY, role=S, why=W, program="畜産振興費"),
]
NOT_ROWS = [
    dict(line=3, text="167,979千円", value_yen=167979000, fy=FY, mention_role=S, what="14事業の補正額合計",
         reason="total of a grouping of programmes"),
    dict(line=9, text="200円", value_yen=200, fy=FY, mention_role=SP, what="支援金 200円/10a", reason="grant rate per area"),
    dict(line=12, text="750円", value_yen=750, fy=FY, mention_role=SP, what="支援金 単価 750円/10a", reason="grant rate per area"),
]
