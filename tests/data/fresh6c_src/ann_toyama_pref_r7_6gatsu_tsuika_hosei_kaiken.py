from kinds import amt, date, dur, fyr

DOC = "toyama_pref_r7_6gatsu_tsuika_hosei_kaiken"
# 富山県, the governor's extra press conference of 2025-06-17 on the additional 6月補正予算案. The breadcrumb
# `知事記者会見[令和7年度]` is a fiscal_year mention (a list label, as fresh4's attached-file labels) and the page's
# fiscal-year scope: the 6月補正 of a 令和7年度 conference is FY2025 (arguable: the budget label `6月補正予算案` itself
# names no year). `6億21万円` (the added supplementary's size) is supplementary_budget FY2025; `約40億円` (the added one
# and the one already proposed, together: the whole 6月補正) supplementary_budget FY2025, approx; both traps, no row
# (no programme figure in the kept text). `6月定例会` is a session named by its month (2025-06); `6月補正` a budget
# label (no date); `4日`, `先月27日` year-less days of June / May 2025; `令和7年7月から9月分` two points; `3か月` twice
# a duration.
S, FY = "supplementary_budget", 2025
M = [
    fyr(2, "令和7年度", FY), date(2, "令和7年6月17日", "2025-06-17"),
    date(3, "2025年6月16日", "2025-06-16"),
    date(14, "6月", "2025-06"),
    date(15, "4日", "2025-06-04"), date(15, "27日", "2025-05-27"),
    dur(16, "3か月", 3, "month"), date(16, "令和7年7月", "2025-07"), date(16, "9月", "2025-09"), dur(16, "3か月", 3, "month"),
    amt(17, "6億21万円", 600210000, role=S, fy=FY), amt(17, "40億円", 4000000000, role=S, fy=FY, q=("approx",)),
]
ROWS: list = []
NOT_ROWS = [
    dict(line=17, text="6億21万円", value_yen=600210000, fy=FY, mention_role=S, what="追加提案する一般会計補正予算案の規模", reason="supplementary total"),
    dict(line=17, text="40億円", value_yen=4000000000, fy=FY, mention_role=S, what="既提案分と合わせた6月補正の規模", reason="sum of two supplementaries"),
]
