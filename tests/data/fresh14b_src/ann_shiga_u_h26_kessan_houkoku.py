from kinds import amt, date, fyr, trap, traps

DOC = "shiga_u_h26_kessan_houkoku"
# 滋賀大学 平成26年度 決算報告書 on one line: the table's cells under `(単位:百万円)` (予算額 / 決算額 / 差額 of 収入 and
# 支出, the totals `6,235 6,298 63`) are bare: no mentions (issue 22, fresh11a's 上越教育大学, fresh12d). The notes state
# the differences with their unit: `予算額に比して決算額が47百万円多額`, `18百万円少額`, `1百万円少額` and two parts of the
# first (`増額37 百万円`, `増額10百万円`) and of the third (`減額1百万円`): `other` (a settlement's difference from the
# budget, fresh11a), FY2014 from `平成26年度期末決算`, traps. `(第11期)`, `(注1)`: no mentions.
O, FY = "other", 2014
D = ("a difference between the settlement and the budget (決算額 against 予算額) or a part of it",
     "a difference, not a budget")


def d(text: str, v: int) -> dict:
    return trap(amt(1, text, v, role=O, fy=FY), *D)


M = [
    fyr(1, "平成26年度", FY), date(1, "平成26年4月 1日", "2014-04-01"), date(1, "平成27年3月31日", "2015-03-31"),
    fyr(1, "平成26年度", FY),
    d("37 百万円", 37000000), d("10百万円", 10000000), d("47百万円", 47000000), d("18百万円", 18000000),
    d("1百万円", 1000000), d("1百万円", 1000000),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
