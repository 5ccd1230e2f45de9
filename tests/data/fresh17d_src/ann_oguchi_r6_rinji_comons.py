from kinds import amt, cnt, date, dur, fyr, trap, traps

DOC = "oguchi_r6_rinji_comons"
# 愛知県大口町議会's 臨時会 of 令和6年1月29日 as comons.me reports it: the 令和5年度 一般会計補正予算(第10号), passed
# `原案の通り`. `歳入の増額は1億689万5,000円`: the supplementary's addition, told on its revenue side (the same figure as
# its expenditure side: fresh8b 牧之原市), supplementary_budget; `総額は120億8,780万円`: the total after, budget; both
# FY2023 (line 2's `令和5年度`), traps. `損害賠償額が12万1,000円`: damages settled by a 専決処分, other, fy null (no budget's
# year), a trap. `均等割のみ課税されている世帯を500世帯と想定`: a count; `4つのエアコン` a count of 4 つ; `15名`; `本日1日`
# 1 day; `令和5年11月` a date. The stored text is cut at `最` (kept).
S, B, O = "supplementary_budget", "budget", "other"
FY = 2023
M = [
    date(1, "令和6年1月29日", "2024-01-29"), fyr(2, "令和5年度", 2023), cnt(3, "15名", 15, "名"),
    dur(4, "1日", 1, "day"), date(5, "令和5年11月", "2023-11"),
    trap(amt(5, "12万1,000円", 121000, role=O), "草刈り作業中の事故の損害賠償額 (専決処分)", "damages, not a budget"),
    trap(amt(7, "1億689万5,000円", 106895000, role=S, fy=FY), "一般会計補正予算(第10号)の増額", "supplementary total"),
    trap(amt(7, "120億8,780万円", 12087800000, role=B, fy=FY), "補正後の総額", "account total after a supplementary"),
    cnt(9, "500世帯", 500, "世帯"), cnt(10, "4つ", 4, "つ"),
]
ROWS: list = []
NOT_ROWS = traps(M)
