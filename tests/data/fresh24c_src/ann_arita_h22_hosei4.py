from kinds import amt, fyr, pct, trap, traps

DOC = "arita_h22_hosei4"
# 佐賀県有田町, 平成22年度一般会計補正予算(第4号) (the town's page; no programme figures). `平成22年度` on line 1 scopes the
# page: the supplementary's own size `1億2,204万5千円の増額` is supplementary_budget FY2010 (a trap: the supplementary's
# total), the total after it `98億3,422万2千円` budget (a trap: the account total after), `2.7%増` a percent (unsigned,
# the word carries the direction). `(第4号)` an ordinal; the revenue sources are named without figures: no row.
S, B, FY = "supplementary_budget", "budget", 2010
M = [
    fyr(1, "平成22年度", FY),
    trap(amt(2, "1億2,204万5千円", 122045000, role=S, fy=FY), "一般会計補正予算(第4号)の補正額", "supplementary total"),
    trap(amt(2, "98億3,422万2千円", 9834222000, role=B, fy=FY), "補正後の予算額", "account total after a supplementary"),
    pct(2, "2.7%", 2.7),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
