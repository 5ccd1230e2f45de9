from kinds import amt, date, dur, fyr, pct, trap, traps

DOC = "ashibetsu_h30_shuchu_kaikaku_plan"
# 北海道芦別市's page on its 行財政運営と改革の基本方針 and 財政基盤強化集中改革プラン (2018-2022年度), with the 2019
# revision: the reform's effect at least `3億円以上` (first plan) and the revised target `令和4年度までの5年間で7億円`.
# Both `other` (a reform's target effects: brief), fy null (five years), traps. `2018年度(平成30年度)` fiscal years written
# twice: two mentions each (GUIDE). `令和4年度までの` null..2022 at_most (GUIDE `…年度末までに`; as 加古川市's `平成67年度
# までの`). `【2018年3月策定】`, `【2019年6月改訂】` dates; `(PDF 921KB)` a technical unit: no mention.
O = "other"
FY = [fyr(ln, t, y) for ln in (1, 2) for t, y in (("2018年度", 2018), ("平成30年度", 2018), ("2022年度", 2022),
                                                  ("令和4年度", 2022))]
M = [
    date(1, "2018年3月", "2018-03"), *FY,
    date(6, "2018年3月", "2018-03"), date(7, "2019年6月", "2019-06"), date(8, "2019年6月", "2019-06"),
    date(9, "2018年3月", "2018-03"), pct(9, "10%", 10, None, q=("at_least",)),
    trap(amt(9, "3億円", 300000000, None, role=O, q=("at_least",)), "財政基盤強化集中改革プラン 効果 (当初)",
         "a reform plan's target effect (a floor), no budget"),
    fyr(9, "令和4年度", None, 2022, q=("at_most",)), dur(9, "5年間", 5, "year"),
    trap(amt(9, "7億円", 700000000, role=O), "行財政改革の目標額 (令和4年度までの5年間)", "a reform plan's target effect over five years"),
    date(9, "2019年6月", "2019-06"),
]
ROWS: list = []
NOT_ROWS = traps(M)
