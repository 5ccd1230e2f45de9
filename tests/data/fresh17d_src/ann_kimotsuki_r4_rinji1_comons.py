from kinds import amt, date, dur, trap, traps

DOC = "kimotsuki_r4_rinji1_comons"
# 鹿児島県肝付町議会's 令和4年第1回臨時会 (2022-01-14) as comons.me reports it: the 一般会計補正予算(第9号), passed `異議なく`.
# The text names the session's calendar year (`令和4年`, a date) but not the budget's 年度: the ninth supplementary of
# a January session belongs to FY2021 (fy from the date of an in-year supplementary, fresh; arguable: a reader could
# take 2022 from `令和4年`). `歳入歳出予算の総額を119億8,779万2,000円とする`: the total after, budget, a trap. The items
# with their own figures: the 住民税非課税世帯への臨時特別給付金 `4億452万2,000円` and the コロナワクチン接種 costs
# `1,420万4,000円`: supplementary_budget, rows (fresh8b 蔵王町's Q&A items). `会期を本日1日のみ`: a duration of 1 day;
# `令和3年1月から令和4年9月まで` two points; `午前10時36分` a clock time (no mention).
S, B = "supplementary_budget", "budget"
FY = 2021
M = [
    date(1, "令和4年", "2022"), date(1, "1月14日", "2022-01-14"),
    dur(2, "1日", 1, "day"),
    trap(amt(4, "119億8,779万2,000円", 11987792000, role=B, fy=FY), "補正後の歳入歳出予算の総額", "account total after a supplementary"),
    amt(6, "4億452万2,000円", 404522000, role=S, fy=FY),
    amt(7, "1,420万4,000円", 14204000, role=S, fy=FY),
    date(9, "令和3年1月", "2021-01"), date(9, "令和4年9月", "2022-09"),
]
W = "an item of the 一般会計補正予算(第9号) with its own figure (fy from the January session's date)"
R = dict(fy=FY, fy_alt=[2022], role=S)
ROWS = [
    dict(line=6, text="4億452万2,000円", budget_yen=404522000, program="住民税非課税世帯への臨時特別給付金", why=W,
         aliases=["臨時特別給付金"], **R),
    dict(line=7, text="1,420万4,000円", budget_yen=14204000, program="コロナワクチン接種に関連した経費", why=W,
         aliases=["新型コロナウイルスワクチン接種事業"], **R),
]
NOT_ROWS = traps(M)
