from kinds import amt, date, fyr, trap, traps

DOC = "mashiki_r3_toto_josei"
# 益城町's page of its 令和3年度 sports-lottery grant: `助成金額  金20,000,000円` (text without the prefix `金`):
# `support` FY2021 (the heading `令和3年度助成事業`), a trap. The site chrome: `(ID:5013)`, the postcode, address
# number, phone and fax, the opening hours (clock times) no mentions; `Copyrights(c)2018` a date 2018 (fresh12d's
# `Copyright 2017`).
S, FY = "support", 2021
M = [
    fyr(7, "令和3年度", FY),
    trap(amt(10, "20,000,000円", 20000000, role=S, fy=FY), "陸上競技場ナイター照明LED化改修工事 助成金額",
         "a grant to one recipient (the town), not a programme's budget"),
    date(23, "2018", "2018"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
