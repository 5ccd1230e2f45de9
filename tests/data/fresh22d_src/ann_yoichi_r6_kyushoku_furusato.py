from kinds import amt, fyr, trap, traps

DOC = "yoichi_r6_kyushoku_furusato"
# マイナビふるさと納税 on 北海道余市町's 学校給食費無償化事業 (令和6年度): the two `約5,960万円` are money spent and the
# donations used, `other`, approx, fy 2024 (the `対象年度:令和6年度` label), traps (as 士幌町's page).
O = "other"
SPENT = "money spent on the programme in the year (a result / its donation funding), not a budget"
M = [
    fyr(6, "令和6年度", 2024),
    trap(amt(9, "5,960万円", 59600000, role=O, fy=2024, q=("approx",)), "学校給食費無償化事業に費やした総費用", SPENT),
    trap(amt(10, "5,960万円", 59600000, role=O, fy=2024, q=("approx",)), "総費用のうち寄附金活用額", SPENT),
    fyr(12, "令和6年度", 2024),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
