from kinds import amt, fyr, trap, traps

DOC = "fukuoka_kyoiku_h19_kessan_houkoku"
# 福岡教育大学 平成19年度 決算報告書 on one line: bare cells under `(単位:百万円)` (no mentions); the notes: differences
# `予算額に比して決算 額が12百万円多額` (入学料), `23百万円` (授業料), `17百万円` (雑収入), and their parts `(14百万円多)`,
# `(3百万円多)`, `寄附金収入が68百万 円` (the unit broken by a space), `受託研究・受託事業収入が26百万円多額`: `other`,
# FY2007, traps (fresh11a).
O, FY = "other", 2007
D = ("a difference between the settlement and the budget (決算額 against 予算額) or a part of it",
     "a difference, not a budget")


def d(text: str, v: int) -> dict:
    return trap(amt(1, text, v, role=O, fy=FY), *D)


M = [
    fyr(1, "平成19年度", FY),
    d("12百万円", 12000000), d("23百万円", 23000000), d("14百万円", 14000000), d("3百万円", 3000000),
    d("17百万円", 17000000), d("68百万 円", 68000000), d("26百万円", 26000000),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
