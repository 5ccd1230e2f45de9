DOC = "kyotanabe_r2_hosei1_gaiyo"
S, F = "supplementary_budget", 2020
AMOUNTS = [
    (11, "25,060,000千円", 25060000000, 25060000000, "budget", F),
    (13, "7,321,100千円", 7321100000, 7321100000, S, F),
    (14, "32,381,100千円", 32381100000, 32381100000, "budget", F),
    (18, "7,115,000千円", 7115000000, 7115000000, S, F),
    (19, "10万円", 100000, 100000, "support", F),
    (21, "108,100千円", 108100000, 108100000, S, F),
    (22, "1万円", 10000, 10000, "support", F),
    (24, "68,000千円", 68000000, 68000000, S, F),
    (25, "20万円", 200000, 200000, "support", F),
    (25, "10万円", 100000, 100000, "support", F),
    (27, "30,000千円", 30000000, 30000000, S, F),
    (28, "10万円", 100000, 100000, "support", F),
]
W = "item heading under 内容 with its figure in brackets: 事業名(N千円); role and fy from the title 令和2年度一般会計補正予算(第1号)の概要 (line 1)"
def r(line, text, yen, prog):
    return dict(line=line, text=text, fy=F, role=S, budget_yen=yen, program=prog, why=W)
ROWS = [
    r(18, "7,115,000千円", 7115000000, "特別定額給付金給付事業"),
    r(21, "108,100千円", 108100000, "子育て世帯臨時特別給付事業"),
    r(24, "68,000千円", 68000000, "休業支援給付事業"),
    r(27, "30,000千円", 30000000, "中小企業事業継続支援金"),
]
def n(line, text, yen, role, what, reason):
    return dict(line=line, text=text, value_yen=yen, fy=F, mention_role=role, what=what, reason=reason)
GR = "the grant per recipient (support), inside the item's description; not the programme's budget"
NOT_ROWS = [
    n(11, "25,060,000千円", 25060000000, "budget", "補正前の額", "general account total before this supplementary"),
    n(13, "7,321,100千円", 7321100000, S, "補正額", "total of the whole supplementary budget"),
    n(14, "32,381,100千円", 32381100000, "budget", "予算総額", "general account total after this supplementary"),
    n(19, "10万円", 100000, "support", "市民ひとりあたり10万円", GR),
    n(22, "1万円", 10000, "support", "対象児童ひとりあたり1万円", GR),
    n(25, "20万円", 200000, "support", "中小企業20万円", GR),
    n(25, "10万円", 100000, "support", "個人事業主10万円", GR),
    n(28, "10万円", 100000, "support", "給付額10万円", GR),
]
