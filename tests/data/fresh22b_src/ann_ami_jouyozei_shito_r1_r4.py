from kinds import amt, date, fyr, trap, traps

DOC = "ami_jouyozei_shito_r1_r4"
# 阿見町 (茨城県)'s page: for each year 令和元~4年度 the transfer `阿見町への譲与額 N千円` (a revenue: `other`, the section's fy,
# a trap) and what became of it: the whole sum deposited in the town's fund (`全額2,662千円を…基金として積み立て`: a deposit,
# `other`, trap; 令和2年度 writes `5,657千円` against a transfer of `5,656千円`, kept as written), and for 令和4年度 the
# works' `執行額5,984千円` (settled spending, `other`, fy 2022, a trap). Page dates `2022年02月09日`, `2023年5月10日`; the
# ordinance `令和元年9月` a date; `平成31年4月1日` a date; `ID:8398` and `第34条第3項` no mentions; `同年度` relative, none.
O = "other"
T = "the year's transfer received (a revenue), not a programme's budget"
P = "the year's transfer deposited in the town's fund (settled), not a budget"
M = [
    date(2, "2022年02月09日", "2022-02-09"),
    date(3, "2023年5月10日", "2023-05-10"),
    date(7, "平成31年4月1日", "2019-04-01"),
    fyr(12, "令和元年度", 2019),
    trap(amt(13, "2,662千円", 2662000, role=O, fy=2019), "阿見町への譲与額 令和元年度", T),
    date(14, "令和元年9月", "2019-09"),
    trap(amt(14, "2,662千円", 2662000, role=O, fy=2019), "令和元年度 基金積立", P),
    fyr(15, "令和2年度", 2020),
    trap(amt(16, "5,656千円", 5656000, role=O, fy=2020), "阿見町への譲与額 令和2年度", T),
    trap(amt(17, "5,657千円", 5657000, role=O, fy=2020), "令和2年度 基金積立", P),
    fyr(18, "令和3年度", 2021),
    trap(amt(19, "5,669千円", 5669000, role=O, fy=2021), "阿見町への譲与額 令和3年度", T),
    trap(amt(20, "5,669千円", 5669000, role=O, fy=2021), "令和3年度 基金積立", P),
    fyr(21, "令和4年度", 2022),
    trap(amt(22, "7,146千円", 7146000, role=O, fy=2022), "阿見町への譲与額 令和4年度", T),
    trap(amt(23, "5,984千円", 5984000, role=O, fy=2022), "令和4年度 森林整備事業 執行額",
         "a past year's settled spending (執行額), not a budget"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
