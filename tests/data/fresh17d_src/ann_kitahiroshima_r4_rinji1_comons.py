from kinds import amt, cnt, date, fyr, trap, traps

DOC = "kitahiroshima_r4_rinji1_comons"
# 北海道北広島市議会's 令和4年第1回臨時会 as comons.me reports it: the 令和3年度 一般会計補正予算, passed `原案のとおり`.
# `総額は12億6,928万8,000円` is the supplementary's addition (`補正予算の増額…総額`): supplementary_budget; `予算総額は
# 318億3,453万5,000円` the total after: budget; both FY2021 (line 1's `令和3年度`), traps. `臨時特別給付金10万円` the
# grant per household: support, FY2021, a trap (fresh8b 阿武町's grants per household). `約1万2,000世帯` a count, approx.
# `令和4年第1回臨時会`: the session's year, a date 2022.
S, B = "supplementary_budget", "budget"
FY = 2021
M = [
    date(1, "令和4年", "2022"), fyr(1, "令和3年度", 2021),
    trap(amt(2, "12億6,928万8,000円", 1269288000, role=S, fy=FY), "一般会計補正予算の増額", "supplementary total"),
    trap(amt(2, "318億3,453万5,000円", 31834535000, role=B, fy=FY), "補正後の予算総額", "account total after a supplementary"),
    trap(amt(2, "10万円", 100000, role="support", fy=FY), "住民税非課税世帯への臨時特別給付金 (1世帯あたり)",
         "grant size per household"),
    cnt(3, "1万2,000世帯", 12000, "世帯", q=("approx",)),
]
ROWS: list = []
NOT_ROWS = traps(M)
