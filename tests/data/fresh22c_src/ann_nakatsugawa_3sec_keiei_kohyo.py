from kinds import amt, cnt, date, pct, trap, traps

DOC = "nakatsugawa_3sec_keiei_kohyo"
# 岐阜県中津川市's page on its third sector (list as of 令和6年2月28日). The capital column `資本金(市出資比率)`:
# `1,000万円(50.0%)` — a company's capital, a balance: `other`, fy null, traps; the city's shares percents. Law names
# with their years inside 「…(昭和61年)」 no mentions (GUIDE: quoted titles, law numbers). `旧5市町村` a count; `50%以上`,
# `25%以上` at_least; `平成23年9月議会までに` a session's month, a date (earlier calls: `12月定例会`),
# a deadline: null..2011-09, at_most (GUIDE: `2027年度末までに`, a noun between the date and `までに`; audit).
O = "other"
M = [
    cnt(5, "5市町村", 5, "市町村"),
    pct(5, "50%", 50, None, q=("at_least",)),
    cnt(5, "4社", 4, "社"),
    cnt(5, "5社", 5, "社"),
    date(7, "2009年6月23日", "2009-06-23"),
    pct(8, "25%", 25, None, q=("at_least",)),
    date(9, "平成23年9月", None, "2011-09", q=("at_most",)),
    date(10, "令和6年2月28日", "2024-02-28"),
    trap(amt(15, "1,000万円", 10000000, role=O), "株式会社阿木レイクサイド 資本金", "a company's capital (a balance)"),
    pct(15, "50.0%", 50.0),
    trap(amt(16, "3,000万円", 30000000, role=O), "財団法人椛の湖ふれあい村 資本金", "a body's capital (a balance)"),
    pct(16, "100.0%", 100.0),
    trap(amt(18, "1,000万円", 10000000, role=O), "財団法人付知町振興公社 資本金", "a body's capital (a balance)"),
    pct(18, "100.0%", 100.0),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
