from kinds import date, fyr

DOC = "jbaudit_h23_kiso_nenkin_suii"
# 会計検査院's 平成23年 report page on 年金特別会計 (基礎年金勘定): `支出済歳出額の推移表` as `|` rows under `(単位:百万円、%)`,
# six years of spending by 目, the change since 平成17年度 and its rate; every cell bare (no mention, no row, no trap: GUIDE,
# fresh11a). Settled spending, not budgets, in any case. Mentions: the first column header `平成17年度` (2005); the note's
# `昭和61年3月以前` a date null..1986-03, at_most (GUIDE's `まで` deadline: `以前` closes the end at that month; NEW,
# arguable); the cut `平成18年度以` (2006; no qualifier: the `以降` is cut off). Not mentions: the era-less headers `18年度` …
# `22年度`, `対17年度比`, `17年度以降` (GUIDE: years without an era), the law number `昭和60年法律第34号` and `附則第35条第2項`.
M = [
    fyr(3, "平成17年度", 2005),
    date(13, "昭和61年3月", None, "1986-03", q=("at_most",)),
    fyr(15, "平成18年度", 2006),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
