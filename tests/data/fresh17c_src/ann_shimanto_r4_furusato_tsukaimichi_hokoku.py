from kinds import amt, cnt, date, fyr, trap, traps

DOC = "shimanto_r4_furusato_tsukaimichi_hokoku"
# 四万十市 (高知県)'s report of how its 令和4年度 ふるさと納税 was used: the year's donations (`30,581件、総額5億7,643万7,232円`),
# the uses of the year per 使途 under `R4年度活用実績` (`ふるさとの環境と景観を守る事業 102,889,000円` … and `合 計
# 218,529,000円`; names and figures partly on lines of their own), the fund's balance `(基金残額:1,717,490,862円)` and the
# start of the table of uses summed over the years (`令和4年度までの活用実績累計`, cut by the corpus after its first row).
# The year's donations and settled uses are `other`, fy 2022 (the label `令和4年度に活用させていただいた…` and the column
# header `R4年度`), traps (settled uses as in the set's other decks; the total a sum); the balance `other`, fy null (a
# stock at a point the text does not date: arguable, a reader could give 2022; fund balances `other` as fresh8b); the
# cumulative use `other`, fy null (a sum over years: fresh11c's `総額 …(R6.3.31現在)`), a trap. `令和4年度までの`
# null..2022 at_most (GUIDE: `2027年度末までに`). `R4年度` a fiscal year (era abbreviation). `ページID:2001826` no mention.
O = "other"
U = "donations put to a programme area in a past year (a settled use of the ふるさと納税 money), not a budget"
M = [
    fyr(2, "令和4年度", 2022),
    fyr(4, "令和4年度", 2022),
    date(5, "2023年9月1日", "2023-09-01"),
    fyr(7, "令和4年度", 2022),
    fyr(8, "令和4年度", 2022), cnt(8, "30,581件", 30581, "件"),
    trap(amt(8, "5億7,643万7,232円", 576437232, role=O, fy=2022), "寄附総額 (令和4年度)",
         "donations received in one fiscal year (ふるさと納税 results), not a budget"),
    fyr(10, "令和4年度", 2022),
    fyr(12, "R4年度", 2022),
    trap(amt(14, "102,889,000円", 102889000, role=O, fy=2022), "ふるさとの環境と景観を守る事業 (R4年度活用実績)", U),
    trap(amt(15, "70,856,000円", 70856000, role=O, fy=2022), "ふるさとの人(高齢者、子どもなど)を守り育む事業 (R4年度活用実績)", U),
    trap(amt(17, "15,084,000円", 15084000, role=O, fy=2022), "ふるさとの産業を守り育む事業 (R4年度活用実績)", U),
    trap(amt(19, "12,430,000円", 12430000, role=O, fy=2022), "ふるさとを災害から守る事業 (R4年度活用実績)", U),
    trap(amt(20, "17,270,000円", 17270000, role=O, fy=2022), "市長が必要と認める事業 (R4年度活用実績)", U),
    trap(amt(22, "218,529,000円", 218529000, role=O, fy=2022), "R4年度活用実績 合計",
         "the sum of a year's settled uses of the donations (a total), not a budget"),
    trap(amt(23, "1,717,490,862円", 1717490862, role=O), "ふるさと応援基金 基金残額",
         "a fund's balance (a stock), not a budget"),
    fyr(25, "令和4年度", None, 2022, q=("at_most",)),
    trap(amt(27, "384,205,467円", 384205467, role=O), "ふるさとの環境と景観を守る事業 活用実績累計 (令和4年度まで)",
         "uses of the donations summed over the years, not a budget"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
