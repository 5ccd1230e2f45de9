from kinds import amt, fyr, trap, traps

DOC = "osaka_r5_koen_kanri"
# 大阪府's budget-compilation sheet (予算編成過程の公表), 令和5年度当初予算 (fy 2023 on every amount, heldout's 大阪府
# sheet), the 細々事業 計画改修費【維持的建設・拡充分】 of 公園管理費<政策的経費>, in the `要求額の内訳` view with two
# columns `内示 | 調整要求`. Only the 内訳 lines carry `千円`; the 積算 lines (`1,051,000,000=`, no 円) and every 特定財源
# cell (国庫補助金, 特別債, 公共事業等債, 府債, `▲950`) are bare: no mentions. NEW, arguable: the `(合計)` of the 内示
# column with a zero 調整要求 beside it is the whole figure the sheet gives for the item: `budget`, an AMBIGUOUS row
# (departs from fresh26b's 大阪府 R2, where a 内示 beside a different request was `other`; here nothing else is
# written). The item line `1 計画改修費` and the `(仮置節計)` restating it are breakdowns `other` (heldout's 公単区分 lines),
# the 調整要求's `0千円` `other`. `令和5 年度要求` (a space inside) a fiscal_year mention.
O, FY = "other", 2023
M = [
    fyr(1, "令和5年度", FY),
    trap(amt(14, "1,051,000千円", 1051000000, role=O, fy=FY), "1 計画改修費 (内示)", "a breakdown line equal to the total"),
    trap(amt(16, "1,051,000千円", 1051000000, role=O, fy=FY), "(仮置節計) 内示", "a breakdown subtotal"),
    amt(16, "0千円", 0, role=O, fy=FY),
    amt(17, "1,051,000千円", 1051000000, fy=FY),
    trap(amt(17, "0千円", 0, role=O, fy=FY), "(合計) 調整要求", "the adjustment request column, zero"),
    fyr(20, "令和5 年度", FY),
]
ROWS = [dict(line=17, text="1,051,000千円", budget_yen=1051000000, fy=FY, program="計画改修費【維持的建設・拡充分】",
             aliases=["公園管理費<政策的経費>"], role="budget", ambiguous=True,
             why="the `(合計)` of the 内示 column; the 調整要求 beside it is 0",
             note="a 内示 stage, not a written 査定額; the item is one 細々事業 of 公園管理費")]
NOT_ROWS = traps(M)
