from kinds import amt, date, rank

DOC = "kochi_pref_12gatsu_hosei_tsuika"
# News (FNN) on 高知県's additional December supplementary after the national package of the 高市 government: no
# 年度 is written (fy null; rows carry fy_alt 2025, the 12月補正 of FY2025). `余り` is at_least (fresh2 call);
# `1人当たり2万円` is support; `過去3番目の規模` a rank (as `2番目` elsewhere); `10日` is the submission day, December
# 2025 (`12月補正`, `県議会に10日提出`). `12月補正` itself is a label (no date).
S = "supplementary_budget"
M = [
    amt(1, "294億円", 29400000000, None, role=S, q=("at_least",)),
    amt(1, "257億円", 25700000000, None, role=S, q=("at_least",)),
    amt(1, "47億円", 4700000000, role=S, q=("approx",)),
    amt(2, "36億円", 3600000000, None, role=S, q=("at_least",)),
    amt(2, "2万円", 20000, role="support"),
    amt(6, "320億円", 32000000000, role=S),
    rank(6, "3番目", 3),
    date(6, "10日", "2025-12-10"),
]
W = "theme of the additional supplementary in prose (`…に N円余り/約N円`)"
R = dict(fy=None, fy_alt=[2025], role=S, why=W)
ROWS = [
    dict(line=1, text="257億円", budget_yen=25700000000, program="防災・減災のためのインフラ整備", ambiguous=True,
         note="a theme's share (このうち); at_least (余り)", **R),
    dict(line=1, text="47億円", budget_yen=4700000000, program="港や海岸の地震・津波対策など",
         aliases=["港や海岸の地震・津波対策"], **R),
    dict(line=2, text="36億円", budget_yen=3600000000, program="物価高対策", ambiguous=True,
         note="a theme's total; at_least (余り)", **R),
]
NOT_ROWS = [
    dict(line=1, text="294億円", value_yen=29400000000, fy=None, mention_role=S, what="追加補正予算案の総額",
         reason="total of the supplementary"),
    dict(line=2, text="2万円", value_yen=20000, fy=None, mention_role="support", what="児童1人当たり2万円",
         reason="grant size per child"),
    dict(line=6, text="320億円", value_yen=32000000000, fy=None, mention_role=S, what="追加を含めた補正予算案の合計",
         reason="total of the supplementaries"),
]
