from kinds import amt, fyr, trap, traps

DOC = "shimada_r6_shisai_zandaka_mikomi"
# 静岡県島田市's page of year-end 市債 balances expected after the 令和6年度 June supplementary: a table whose cells carry
# their own unit (`43,558,316千円`), the expected balances at the end of 令和5年度 and 令和6年度 for the general account and
# all accounts, and the expected change (`△798,787千円`, negative); then the five years' balances in bare cells under a
# `R2 … R6` header (the headers are fiscal years, one mention each; the bare cells no mentions). All amounts `other`, fy of
# their row's year (a year-end balance belongs to the year that ends; the change to 令和6年度), traps; `見込み` adds no
# qualifier (an expected balance, as the earlier sets' 年度末残高見込み). `6月補正` a budget's label, no mention (fresh18a).
O = "other"
BAL = "an expected year-end debt (市債) balance, not an appropriation"
CHG = "the expected change of the debt balance over the year, not a budget"
M = [
    fyr(1, "令和6年度", 2024),
    fyr(2, "令和5年度", 2023), fyr(2, "令和6年度", 2024),
    fyr(6, "令和5年度", 2023),
    trap(amt(6, "43,558,316千円", 43558316000, role=O, fy=2023), "令和5年度末市債残高見込み (一般会計)", BAL),
    trap(amt(6, "65,947,111千円", 65947111000, role=O, fy=2023), "令和5年度末市債残高見込み (全会計)", BAL),
    fyr(7, "令和6年度", 2024),
    trap(amt(7, "42,759,529千円", 42759529000, role=O, fy=2024), "令和6年度末市債残高見込み (一般会計)", BAL),
    trap(amt(7, "64,973,446千円", 64973446000, role=O, fy=2024), "令和6年度末市債残高見込み (全会計)", BAL),
    trap(amt(8, "△798,787千円", -798787000, role=O, fy=2024), "増減見込額 (一般会計)", CHG),
    trap(amt(8, "△973,665千円", -973665000, role=O, fy=2024), "増減見込額 (全会計)", CHG),
    fyr(10, "令和2年度", 2020), fyr(10, "令和6年度", 2024),
    fyr(11, "R2", 2020), fyr(12, "R3", 2021), fyr(13, "R4", 2022), fyr(14, "R5", 2023), fyr(15, "R6", 2024),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
