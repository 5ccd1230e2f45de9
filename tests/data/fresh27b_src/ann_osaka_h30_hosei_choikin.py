from kinds import amt, fyr, trap, traps

DOC = "osaka_h30_hosei_choikin"
# 大阪府's budget-compilation sheet of a SUPPLEMENTARY, 平成30年度補正(9号) 災害弔慰金支給事業費, columns `現計 | 本年度要求`.
# AUDIT (audit28b): the annotator read both columns as full-year totals (the request the FY2018 total after the 補正);
# the 積算 does not show that (`17,500` is 2/3 of 26,250 whether 26,250 is a total or an increment), and the same
# programme's cover sheet on 大阪府's site (`…/yosan/cover/…bizcd=20182254`, the search tool's pages answer) lists
# `現計予算額 20,625` and `補正額 26,250` (査定額 26,250): the 本年度要求 column is the supplementary amount itself. So, by
# the GUIDE's title label (`…補正` → supplementary_budget) and heldout_amounts' call (only the supplementary money is
# supplementary_budget; the total before it, 現計, is `budget`): the request's `(合計) 26,250千円` `supplementary_budget`
# FY2018, an AMBIGUOUS row (a request, no 査定 on the page); the 現計's `(合計) 20,625千円` `budget` FY2018, a trap (the
# programme's figure before this 補正, the annotator's call kept). The 負担金 lines restating each column `other`
# (heldout's 節 lines); the 積算 `20,625,000円` `other`; `26,250,000`, `17,500,000` and every 特定財源 cell bare: no
# mentions. `(9号)` a bill number.
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
    amt(16, "26,250千円", 26250000, role="supplementary_budget", fy=FY),
    fyr(18, "平成30年度", FY), fyr(19, "平成30年度", FY),
    trap(o(25, "20,625,000円", 20625000), "積算 20,625,000円*2/3", "the base of the national share"),
]
ROWS = [dict(line=16, text="26,250千円", budget_yen=26250000, fy=FY, program="災害弔慰金支給事業費",
             role="supplementary_budget", ambiguous=True,
             why="the `(合計)` of the 本年度要求 column of the 平成30年度補正(9号) sheet: the supplementary amount",
             note="a request (no 査定 written); added to the 現計 20,625千円 "
                  "(audit28b: was budget, read as a full-year total)")]
NOT_ROWS = traps(M)
