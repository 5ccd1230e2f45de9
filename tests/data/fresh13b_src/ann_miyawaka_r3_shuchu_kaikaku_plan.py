from kinds import amt, date, dur, fyr, trap, traps

DOC = "miyawaka_r3_shuchu_kaikaku_plan"
# 福岡県宮若市's page on its 第四次集中改革プラン (行財政改革実施計画, 令和3-7年度): the five years' target effect
# (`総額13億776万円`) and the effects reached in three years. All `other` (a reform's effects and target: brief),
# traps; the target fy null (five years), each year's effect its year. The page writes `4憶2,148万1千円` with `憶` for
# `億` three times: read as 億 (the reader's value, 421,481,000; NEW, arguable: the alternative is the well-formed
# tail `2,148万1千円` alone or no mention). `…から令和7年度まで` two points (GUIDE), no qualifier; `第一次` ordinals.
O = "other"
E = "a reform plan's effect reached in a year (財政効果), no budget"
M = [
    fyr(1, "令和3年度", 2021), fyr(1, "令和7年度", 2025),
    date(3, "令和3年8月", "2021-08"),
    fyr(4, "令和3年度", 2021), fyr(4, "令和7年度", 2025), dur(4, "5年間", 5, "year"),
    trap(amt(4, "13億776万円", 1307760000, role=O), "第四次集中改革プラン 財政効果目標 (5年間総額)",
         "a reform plan's target effect over five years, no budget"),
    fyr(5, "令和3年度", 2021), trap(amt(5, "4憶2,148万1千円", 421481000, role=O, fy=2021), "令和3年度 財政効果", E),
    fyr(5, "令和4年度", 2022), trap(amt(5, "5憶8,211万円", 582110000, role=O, fy=2022), "令和4年度 財政効果", E),
    fyr(5, "令和5年度", 2023), trap(amt(5, "5憶3,636万円", 536360000, role=O, fy=2023), "令和5年度 財政効果", E),
]
ROWS: list = []
NOT_ROWS = traps(M)
