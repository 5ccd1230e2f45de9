from kinds import amt, date, fyr, trap, traps

DOC = "ikaruga_r4_toto_josei"
# 斑鳩町's page of its 令和4年度 sports-lottery grant: the table cell `助成金額(交付決定額) | 15,320,000円 |`: `support`
# FY2022 (the title's year), a trap (a grant to one recipient). `ID:2374`, the phone and fax numbers and `内線:222~224`
# no mentions. The page's dates (公開日, 更新日) and the works' end `令和4年9月3日` dates.
S, FY = "support", 2022
M = [
    fyr(1, "令和4年度", FY),
    date(2, "2022年7月14日", "2022-07-14"), date(3, "2022年7月14日", "2022-07-14"),
    date(11, "令和4年9月3日", "2022-09-03"),
    trap(amt(12, "15,320,000円", 15320000, role=S, fy=FY), "健民運動場表層土改良工事 助成金額 (交付決定額)",
         "a grant decided for one recipient (the town), not a programme's budget"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
