from kinds import amt, fyr, trap, traps

DOC = "hakuba_toshokan_fukugo_seibi"
# 長野県白馬村's page on its library complex: the 令和4年度 plan `事業費約25億円`, the 令和5年度 reduced plan as a flattened table
# of 概算費用 (each cell carries its own unit: `13.8億円`, `6億円`, `19.8億円`, a running cost `6,700万円/年`) and the 財源内訳 of
# the `施設整備費` (国の交付金・補助金, 地方債, 一般財源, 合計). No appropriation anywhere: every amount is a plan's estimate or a
# source of it, `other`, fy null (the `令和4年度:` / `令和5年度:` labels date the review steps, not the money); the totals,
# the running cost (per year) and the grant are traps. Areas (`平方メートル`) are no mentions.
O = "other"
W = "a cost estimate of the planned library complex, not an appropriation"
M = [
    fyr(5, "令和4年度", 2022),
    trap(amt(6, "25億円", 2500000000, role=O, q=("approx",)), "図書館等複合施設 事業費 (令和4年度の計画)", W),
    fyr(7, "令和5年度", 2023),
    fyr(8, "令和4年度", 2022),
    amt(10, "13.8億円", 1380000000, role=O),
    amt(11, "6億円", 600000000, role=O),
    trap(amt(12, "19.8億円", 1980000000, role=O), "施設整備費計", W + " (its total)"),
    trap(amt(13, "6,700万円", 67000000, role=O, per="year"), "維持管理運営費", "a running cost per year of the planned facility"),
    trap(amt(16, "6.2億円", 620000000, role=O), "国の交付金・補助金", "a source in the financing plan (財源内訳)"),
    amt(17, "9.3億円", 930000000, role=O),
    amt(18, "4.3億円", 430000000, role=O),
    trap(amt(20, "19.8億円", 1980000000, role=O), "財源内訳 合計", "the financing plan's total"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
