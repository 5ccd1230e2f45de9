from kinds import amt, date, trap, traps

DOC = "omoigawa_2016_bc_kanumanodamu"
# A citizens' site on the dams of the 利根川 basin (kanumanodamu.lolipop.jp, 2016-09-30) on the cost-benefit analysis of
# 思川開発事業 that 関東地方整備局 and 独立行政法人水資源機構 wrote in their verification report (検討報告書(原案), 2016年6月):
# `約1.2(総便益約2414億円÷総費用約1991億円)`. The benefit and the cost are present values of a cost-benefit analysis:
# `other`, fy null, approx, traps (fresh12a's B / C). `2016-09-30` (the post), `2016年` (the book's year, a citation),
# `2010年12月` (the verification's start; `から` a point), `2016年6月` (the report) dates. B/C values (`0.49`, `約1.2`,
# `1未満`, `1以上`), `p141`, `p5-4`, `第2条`, `第3号` no mentions.
O = "other"
M = [
    date(2, "2016-09-30", "2016-09-30"),
    date(4, "2016年", "2016"),
    date(5, "2010年12月", "2010-12"),
    trap(amt(5, "2414億円", 241400000000, role=O, q=("approx",)), "思川開発事業 総便益",
         "a benefit of the project's cost-benefit analysis (present value), not a budget"),
    trap(amt(5, "1991億円", 199100000000, role=O, q=("approx",)), "思川開発事業 総費用",
         "a cost of the project's cost-benefit analysis (present value), not a budget"),
    date(5, "2016年6月", "2016-06"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
