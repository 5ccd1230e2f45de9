from kinds import amt, fyr, trap, traps

DOC = "osaka_h30_hosei_choikin"
# 大阪府's budget-compilation sheet of a SUPPLEMENTARY, 平成30年度補正(9号) 災害弔慰金支給事業費, columns `現計 | 本年度要求`.
# The 特定財源 積算 shows both columns are FULL-YEAR totals (`20,625,000円*2/3= 13,750` under 現計, `17,500` = 2/3 of
# 26,250 under 要求): the request is the programme's FY2018 total after the 補正, not the increment (5,625千円, not
# written). NEW, arguable (departs from the GUIDE's title label, which would make every amount supplementary_budget):
# the `(合計)` of the request `26,250千円` `budget` FY2018, an AMBIGUOUS row (a request, no 査定 on the page; a reader
# may want the supplementary increment instead); the `(合計)` of 現計 `20,625千円` `budget` FY2018, a trap (the figure
# before this 補正, superseded on the page). The 負担金 lines restating each column `other` (heldout's 節 lines); the 積算
# `20,625,000円` `other`; `26,250,000`, `17,500,000` and every 特定財源 cell bare: no mentions. `(9号)` a bill number.
O, FY = "other", 2018


def o(line: int, text: str, v: int) -> dict:
    return amt(line, text, v, role=O, fy=FY)


M = [fyr(1, "平成30年度", FY)]
for line in (11, 13, 14, 15):
    M += [o(line, "20,625千円", 20625000), o(line, "26,250千円", 26250000)]
M[1] = trap(M[1], "1 負担金災害弔慰金負担金 (現計)", "a breakdown line of the current figure")
M[2] = trap(M[2], "1 負担金災害弔慰金負担金 (本年度要求)", "a breakdown line equal to the request's total")
M += [
    trap(amt(16, "20,625千円", 20625000, fy=FY), "(合計) 現計", "the programme's figure before this supplementary"),
    amt(16, "26,250千円", 26250000, fy=FY),
    fyr(18, "平成30年度", FY), fyr(19, "平成30年度", FY),
    trap(o(25, "20,625,000円", 20625000), "積算 20,625,000円*2/3", "the base of the national share"),
]
ROWS = [dict(line=16, text="26,250千円", budget_yen=26250000, fy=FY, program="災害弔慰金支給事業費", role="budget",
             ambiguous=True, why="the `(合計)` of the 本年度要求 column of the 平成30年度補正(9号) sheet: the full-year figure",
             note="a request (no 査定 written); the 補正 increment over 現計 20,625千円 is not written")]
NOT_ROWS = traps(M)
