from kinds import amt, cnt, fyr, trap, traps

DOC = "shihoro_r5_kyushoku_furusato"
# マイナビふるさと納税 on 北海道士幌町's use of donations for its 給食費無償化事業 in 令和5年度: `その事業に費やした総費用`
# and `総費用のうち寄附金活用額` (`2761万9169円` twice) are money SPENT, `other`, fy 2023 (the `対象年度:令和5年度` label
# above them), traps (a result, as fresh3's 小川村 settlement; the donations used a funding share). `9つの使途` a count.
O = "other"
SPENT = "money spent on the programme in the year (a result / its donation funding), not a budget"
M = [
    cnt(2, "9つ", 9, "つ"),
    fyr(6, "令和5年度", 2023),
    trap(amt(9, "2761万9169円", 27619169, role=O, fy=2023), "給食費無償化事業に費やした総費用", SPENT),
    trap(amt(10, "2761万9169円", 27619169, role=O, fy=2023), "総費用のうち寄附金活用額", SPENT),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
