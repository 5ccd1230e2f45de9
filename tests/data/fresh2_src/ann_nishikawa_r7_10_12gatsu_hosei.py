from kinds import amt, date, fyr

DOC = "nishikawa_r7_10_12gatsu_hosei"
# 令和7年度10月・12月補正予算の概要 (title): FY2025 supplementary. The two 補正 totals are supplementary, the size
# after them budget; `□item N万円` lines are the items (each followed by its section's name on a later line).
# `10月補正`, `12月補正` are labels (no date); `9月の豪雨災害` and `5月に設置` are dates of the deck's year.
S, B, FY = "supplementary_budget", "budget", 2025
M = [
    fyr(1, "令和7年度", FY),
    fyr(5, "令和7年度", FY),
    date(5, "9月", "2025-09"),
    amt(7, "5,500万円", 55000000, role=S, fy=FY),
    amt(8, "999万円", 9990000, role=S, fy=FY),
    amt(9, "92億8,972万円", 9289720000, role=B, fy=FY),
    amt(12, "2,900万円", 29000000, role=S, fy=FY),
    amt(16, "2,600万円", 26000000, role=S, fy=FY),
    amt(20, "150万円", 1500000, role=S, fy=FY),
    amt(24, "150万円", 1500000, role=S, fy=FY),
    amt(29, "222万円", 2220000, role=S, fy=FY),
    date(30, "5月", "2025-05"),
]
W = "`□item N万円` of the 令和7年度10月・12月補正予算 (title)"
R = dict(fy=FY, role=S, why=W)
ROWS = [
    dict(line=12, text="2,900万円", budget_yen=29000000, program="土木施設災害復旧事業", **R),
    dict(line=16, text="2,600万円", budget_yen=26000000, program="農林業施設災害復旧事業", **R),
    dict(line=20, text="150万円", budget_yen=1500000, program="見守り対策移動販売事業者支援給付金", **R),
    dict(line=24, text="150万円", budget_yen=1500000, program="空き家対策事業に要する経費", aliases=["空き家対策事業"], **R),
    dict(line=29, text="222万円", budget_yen=2220000, program="ハラスメント疑惑調査特別委員会に要する経費", **R),
]
NOT_ROWS = [
    dict(line=7, text="5,500万円", value_yen=55000000, fy=FY, mention_role=S, what="10月補正", reason="total of a supplementary"),
    dict(line=8, text="999万円", value_yen=9990000, fy=FY, mention_role=S, what="12月補正", reason="total of a supplementary"),
    dict(line=9, text="92億8,972万円", value_yen=9289720000, fy=FY, mention_role=B, what="当初予算と合わせた予算規模",
         reason="general-account total after the supplementaries"),
]
