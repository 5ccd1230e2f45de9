from kinds import amt, pct, trap, traps

DOC = "gojo_kokuho_zei_keigen"
# 奈良県五條市's guide to the 国民健康保険税 reductions. The thresholds are formulas of amounts
# (`43万円+29万5千円×被保険者数+10万円×(給与所得者等の数-1)`): each figure is a mention of its own (GUIDE: every number
# with its unit), `other` (terms of an income limit, as fresh10a's `年商10億円未満`), per null, fy null, no qualifier (the
# `以下` of line 3 bounds the whole formula, not a term: NEW, arguable). `29万5千円` → 295,000. The floors that make one a
# 給与所得者等 (`給与収入55万円超`, `60万円を超える`, `125万円を超える`) are `other`, at_least; the deduction `15万円を差し
# 引きます` `other`. All traps. `7割軽減`, `5割軽減`, `2割軽減` are discounts (GUIDE `２割引` → 20): percents 70, 50, 20.
# Not mentions: ages (`65歳未満`, `65歳以上`), the `-1` of the formula.
O = "other"
t = trap


LIM = "a term of an income threshold (other), no budget"


def term(line: int, text: str, value: int, what: str) -> dict:
    return t(amt(line, text, value, role=O), what, LIM)


def floor(line: int, text: str, value: int, what: str) -> dict:
    return t(amt(line, text, value, None, role=O, q=("at_least",)), what, "an income floor of a definition (other), no budget")


M = [
    pct(5, "7割", 70), term(5, "43万円", 430000, "7割軽減 基礎額"), term(5, "10万円", 100000, "7割軽減 給与所得者等1人につき"),
    pct(6, "5割", 50), term(6, "43万円", 430000, "5割軽減 基礎額"),
    term(6, "29万5千円", 295000, "5割軽減 被保険者1人につき"), term(6, "10万円", 100000, "5割軽減 給与所得者等1人につき"),
    pct(7, "2割", 20), term(7, "43万円", 430000, "2割軽減 基礎額"),
    term(7, "54万5千円", 545000, "2割軽減 被保険者1人につき"), term(7, "10万円", 100000, "2割軽減 給与所得者等1人につき"),
    floor(9, "55万円", 550000, "給与所得者 給与収入"),
    floor(9, "60万円", 600000, "公的年金所得者 65歳未満 公的年金収入"),
    floor(9, "125万円", 1250000, "公的年金所得者 65歳以上 公的年金収入"),
    term(15, "15万円", 150000, "65歳以上の年金所得者 公的年金所得からの控除"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
