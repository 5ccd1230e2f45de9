from kinds import amt, fyr, trap, traps

DOC = "osaka_h30_dosha_saigai"
# 大阪府's budget-compilation sheet, 平成30年度当初予算 (fy 2018 on every amount), 土砂災害対策費 / 細々事業
# 土砂災害対策施設整備事業(公共)【建設】, `内示 | 調整要求` columns as osaka_r5_koen_kanri: the 内示 `(合計) 150,000千円`
# beside a zero 調整要求 `budget`, an AMBIGUOUS row (same NEW call); the item line and `(仮置節計)` `other`; the 積算
# lines in yen (`150,000,000円=`, `150,000,000円*1/2=`, `…*1/2*0.9=`, `端数調整 -500,000円=`, `0円=`, `5,000,000円=`)
# amounts `other` (heldout's 大阪府 積算 lines; `-500,000円` negative). The 特定財源 subtotals (`75,000`, `67,000`,
# `5,000`, `142,000`) are bare: no mentions. `平成30年度要求` a fiscal_year mention.
O, FY = "other", 2018


def o(line: int, text: str, v: int) -> dict:
    return amt(line, text, v, role=O, fy=FY)


M = [
    fyr(1, "平成30年度", FY),
    trap(o(13, "150,000千円", 150000000), "1 大阪府内の水害・土砂災害対策の推進 (内示)", "a breakdown line equal to the total"),
    trap(o(15, "150,000,000円", 150000000), "積算 150,000,000円=", "a calculation line"),
    o(16, "150,000千円", 150000000), o(16, "0千円", 0),
    amt(17, "150,000千円", 150000000, fy=FY), o(17, "0千円", 0),
    fyr(20, "平成30年度", FY),
    trap(o(31, "150,000,000円", 150000000), "交付金の積算 150,000,000円*1/2", "the base of the national grant's share"),
    trap(o(42, "150,000,000円", 150000000), "起債の積算 150,000,000円*1/2*0.9", "the base of the bond's share"),
    trap(o(43, "-500,000円", -500000), "端数調整", "a rounding adjustment"),
    o(45, "0円", 0),
    trap(o(45, "5,000,000円", 5000000), "特別債 (調整要求)", "a financing line"),
]
ROWS = [dict(line=17, text="150,000千円", budget_yen=150000000, fy=FY, program="土砂災害対策施設整備事業(公共)【建設】",
             aliases=["土砂災害対策費"], role="budget", ambiguous=True,
             why="the `(合計)` of the 内示 column; the 調整要求 beside it is 0",
             note="a 内示 stage, not a written 査定額")]
NOT_ROWS = traps(M)
