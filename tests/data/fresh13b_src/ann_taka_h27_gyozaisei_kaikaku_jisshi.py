from kinds import amt, fyr, trap, traps

DOC = "taka_h27_gyozaisei_kaikaku_jisshi"
# 兵庫県多可町's (新)行財政改革実施計画 (平成27年度~平成31年度), its PDF flattened one cell a line by paperzz: legend,
# then items with `削減額 (千円)` (bare cells `15,300`: no mentions), `〔現状〕113,480千円` / `〔目標〕98,180千円` of the
# 広域行政事務等負担金 and a schedule `H27 … H31` (column headers: fiscal years). The current and target levels of a
# burden are `other` (NEW: a 行革 plan's 現状 and 目標 are no budget of a year; fy null, no year written beside them),
# traps. `平成27年度~平成31年度` one fiscal-year mention 2015..2019 (GUIDE `H25～H27`).
O = "other"
H = [fyr(ln, f"H{y}", 1988 + y) for ln, y in zip(range(56, 61), range(27, 32))]
H2 = [fyr(ln, f"H{y}", 1988 + y) for ln, y in zip(range(105, 110), range(27, 32))]
M = [
    fyr(3, "平成27年度~平成31年度", 2015, 2019), fyr(6, "平成27年度~平成31年度", 2015, 2019),
    *H,
    trap(amt(90, "113,480千円", 113480000, role=O), "広域行政事務等負担金 〔現状〕",
         "the current level of a burden in a reform plan, no budget row"),
    trap(amt(92, "98,180千円", 98180000, role=O), "広域行政事務等負担金 〔目標〕", "a reform plan's target, no budget"),
    *H2,
]
ROWS: list = []
NOT_ROWS = traps(M)
