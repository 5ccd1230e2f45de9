from kinds import amt, fyr, pct, trap, traps

DOC = "kurashiki_h14_9gatsu_hosei"
# 岡山県倉敷市, 平成14年度9月補正予算の概要 (page title `H14 9月補正の説明`: `H14` a fiscal year, GUIDE). The prose gives the
# addition `19億8,400余万円の増額` (supplementary FY2002, at_least, a trap) and the running total `累計では1,574億6,000余万円`
# (budget, at_least, a trap) with `前年同期比98.0%`. The tables under `(単位 千円)` hold bare numbers: no mentions (GUIDE,
# fresh11a's header unit); their `前年度同期比` cells carry `%` and are percents (`98.0%`, `98.6%`, `116.3%`, `75.4%`,
# `93.3%`). `9月補正` a budget label; list numbers `1.`, `2.`, `3.` and `(A+B)` no mentions. No programme figure: no row.
S, B, FY = "supplementary_budget", "budget", 2002
M = [
    fyr(1, "H14", FY),
    fyr(2, "平成14年度", FY),
    trap(amt(7, "19億8,400余万円", 1984000000, None, role=S, fy=FY, q=("at_least",)), "一般会計9月補正の増額",
         "supplementary total"),
    trap(amt(7, "1,574億6,000余万円", 157460000000, None, role=B, fy=FY, q=("at_least",)), "一般会計の補正後累計",
         "account total after a supplementary"),
    pct(7, "98.0%", 98.0),
    pct(10, "98.0%", 98.0),
    pct(11, "98.6%", 98.6),
    pct(12, "116.3%", 116.3),
    pct(13, "75.4%", 75.4),
    pct(14, "93.3%", 93.3),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
