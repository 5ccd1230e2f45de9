DOC = "chiba_pref_r2_6gatsu_hosei"
S, F = "supplementary_budget", 2020
AMOUNTS = [
    (14, "1兆8,427億 2百万円", 1842702000000, 1842702000000, "budget", F),
    (16, "181億38百万円", 18138000000, 18138000000, S, F),
    (17, "1兆8,608億40百万円", 1860840000000, 1860840000000, "budget", F),
    (18, "162億28百万円", 16228000000, 16228000000, S, F),
    (19, "105億59百万円", 10559000000, 10559000000, S, F),
    (20, "17億69百万円", 1769000000, 1769000000, S, F),
    (21, "9億50百万円", 950000000, 950000000, S, F),
    (22, "3億87百万円", 387000000, 387000000, S, F),
    (23, "25億63百万円", 2563000000, 2563000000, S, F),
    (24, "19億10百万円", 1910000000, 1910000000, S, F),
]
W = "(n) line under the numbered pillar 1 新型コロナウイルス感染症対策: the finest level of the page; role and fy from the page title 令和2年度6月補正予算案について (line 2)"
AMB = "a policy area (a group of measures), but the finest figure on the page: a reader tabulating this page lists it; drop ambiguous rows to score strictly"
def r(line, text, yen, prog):
    return dict(line=line, text=text, fy=F, role=S, budget_yen=yen, program=prog, why=W, ambiguous=True, note=AMB)
ROWS = [
    r(19, "105億59百万円", 10559000000, "医療提供体制の整備"),
    r(20, "17億69百万円", 1769000000, "感染拡大の防止"),
    r(21, "9億50百万円", 950000000, "生活支援"),
    r(22, "3億87百万円", 387000000, "教育環境の整備"),
    r(23, "25億63百万円", 2563000000, "産業の再建支援"),
]
def n(line, text, yen, role, what, reason):
    return dict(line=line, text=text, value_yen=yen, fy=F, mention_role=role, what=what, reason=reason)
NOT_ROWS = [
    n(14, "1兆8,427億 2百万円", 1842702000000, "budget", "現計予算額", "general account total before this supplementary"),
    n(16, "181億38百万円", 18138000000, S, "補正額", "total of the whole supplementary budget"),
    n(17, "1兆8,608億40百万円", 1860840000000, "budget", "計", "general account total after this supplementary"),
    n(18, "162億28百万円", 16228000000, S, "1 新型コロナウイルス感染症対策", "pillar total (sum of (1)-(5))"),
    n(24, "19億10百万円", 1910000000, S, "2 その他 (予備費の補正 等)", "pillar total of the rest, mostly the reserve fund; not a programme"),
]
