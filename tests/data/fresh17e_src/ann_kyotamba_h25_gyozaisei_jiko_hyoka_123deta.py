from kinds import amt, cnt, date, fyr, pct, trap, traps

DOC = "kyotamba_h25_gyozaisei_jiko_hyoka_123deta"
# 京都府京丹波町's 京都府行財政改革支援等特別交付金 自己評価調書 (about 平成25年度; a document-sharing site's copy, 123deta, with its
# own header lines): the results of its 行政改革大綱 and 定員適正化計画: the debt-service ratio `20.9%` → `14.4%`, staff
# `332人` → `286人` → `282人`, and three yearly savings `特別職給与・管理職手当一部カットは4,000千円/年` …. The savings are
# `other` (a reform's effects), per `year` (GUIDE `/年`), fy null (a standing yearly saving, no one year), traps.
# `平成 22年度` (a space inside) a fiscal year, text as written (fresh16a's spaced years). `Academic year: 2021` the site's
# label: a date of 2021 (GUIDE: every other calendar point is a date; arguable: site metadata). The share counter `12`, `0`,
# `(1)`, `1.平成2` (cut by the limit, no 年度) no mentions.
O = "other"
S = "a reform's saving a year, not a budget"
M = [
    date(6, "2021", "2021"),
    fyr(15, "平成18年度", 2006), pct(15, "20.9%", 20.9), fyr(15, "平成22年度", 2010), fyr(15, "平成24年度", 2012),
    pct(15, "14.4%", 14.4), fyr(15, "平成18年度", 2006), cnt(15, "332人", 332, "人"), fyr(15, "平成 22年度", 2010),
    cnt(15, "286人", 286, "人"), fyr(15, "平成25年度", 2013), cnt(15, "282人", 282, "人"),
    trap(amt(15, "4,000千円", 4000000, role=O, per="year"), "特別職給与・管理職手当一部カット 経費削減", S),
    trap(amt(15, "9,000千円", 9000000, role=O, per="year"), "議会議員定数削減 経費削減", S),
    trap(amt(15, "8,000千円", 8000000, role=O, per="year"), "旅費の見直し 経費削減", S),
]
ROWS: list = []
NOT_ROWS = traps(M)
