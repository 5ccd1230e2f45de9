from kinds import amt, cnt, date, fyr, trap, traps

DOC = "konnichi_2025_jka_koufushiki"
# 今日新聞 (別府)'s report of JKA's 2025年度 grant ceremony: requests and awards counted by field (`N件`), the year's
# awarded total `87億458万2千円`: `support` FY2025 (a total of grants awarded), a trap. `13日` the ceremony's day: the
# page gives no month (no dated address); other reports of the same ceremony in the pages corpus date it
# (autorace.jp/news/2025/04/13, 東京スポーツ `交付式が13日、大分県・別府競輪場で`): 2025-04-13 (blind audit, as
# fresh7a's 長崎県 `13日` dated by another report). `午前11時` a clock time (no mention).
S, FY = "support", 2025
M = [
    date(4, "13日", "2025-04-13"), fyr(4, "2025年度", FY),
    cnt(5, "1886件", 1886, "件"), cnt(5, "558件", 558, "件"), cnt(5, "387件", 387, "件"), cnt(5, "945件", 945, "件"),
    trap(amt(5, "87億458万2千円", 8704582000, role=S, fy=FY), "2025年度 採択 (計945件)",
         "a year's total of grants awarded, not a budget"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
