from kinds import amt, cnt, trap, traps

DOC = "ibaraki_tochikosha_h23_jigyo_keikaku"
# 茨城県土地開発公社's 平成23年度 事業計画 as a construction-news article tells it (senmonshi.com: `県は、(財)県土地開発
# 公社の本年度事業計画を県議会で報告した`): the 一般公共部門's acquisition plan `本年度の計画額に9億7000万円を計上` (the
# 公有用地取得事業's budget, FY2011: a row; its repeat on line 3 an ambiguous row, fresh10b), and the disposal plan:
# land to be SOLD (`…32億3000万円`, `2億3000万円`, `全体で…61億3000万円を処分する`, by 事業 on lines 4-6): planned sales
# proceeds, not budgets (other, traps; NEW, arguable: a 公社's 処分計画 is revenue from sales, like revenue lines,
# issue 22). The fiscal year: `本年度` names the plan's year, and line 2's quoted plan title
# `「平成23年度県土地開発公社事業別用地取得計画および処分計画」` says it (a quoted title: no fiscal-year mention, NEW,
# arguable, as quoted titles are no dates), so fy 2011 on every figure. Areas (`4・7ha`, `24ha`) are physical units:
# no mention; `区画`, `カ所` (→ か所) counts.
B, O = "budget", "other"
R = "land the 公社 plans to sell (処分計画): expected sales proceeds, not a budget"
M = [
    amt(1, "9億7000万円", 970000000, fy=2011), cnt(1, "4区画", 4, "区画"),
    trap(amt(1, "32億3000万円", 3230000000, role=O, fy=2011), "新光町地区 完成土地 処分", R),
    cnt(1, "1区画", 1, "区画"),
    trap(amt(1, "2億3000万円", 230000000, role=O, fy=2011), "瀧田地区 完成土地 処分", R),
    trap(amt(1, "61億3000万円", 6130000000, role=O, fy=2011), "処分 全体", R),
    cnt(3, "10カ所", 10, "か所"), amt(3, "9億7000万円", 970000000, fy=2011),
    cnt(4, "42カ所", 42, "か所"),
    trap(amt(4, "10億4000万円", 1040000000, role=O, fy=2011), "公有用地事業 処分", R),
    trap(amt(4, "16億2000万円", 1620000000, role=O, fy=2011), "代行用地事業 処分", R),
    cnt(4, "4カ所", 4, "か所"),
    trap(amt(4, "1000万円", 10000000, role=O, fy=2011), "代替地 処分", R),
    cnt(5, "4区画", 4, "区画"),
    trap(amt(5, "32億3000万円", 3230000000, role=O, fy=2011), "新光町地区 処分 (repeat)", R),
    cnt(5, "1区画", 1, "区画"),
    trap(amt(5, "2億3000万円", 230000000, role=O, fy=2011), "瀧田地区 処分 (repeat)", R),
    cnt(5, "5区画", 5, "区画"),
    trap(amt(5, "34億6000万円", 3460000000, role=O, fy=2011), "土地造成事業 処分 合計", R),
    trap(amt(6, "61億3000万円", 6130000000, role=O, fy=2011), "処分 全体 (repeat)", R),
]
MIN = "茨城県土地開発公社"
ROWS = [
    dict(line=1, text="9億7000万円", budget_yen=970000000, fy=2011, program="公有用地取得事業",
         aliases=["一般公共部門の取得計画"], role=B, ministry=MIN,
         why="`本年度の計画額に9億7000万円を計上`: the 公社's acquisition plan of the year (平成23年度)"),
    dict(line=3, text="9億7000万円", budget_yen=970000000, fy=2011, program="公有用地取得事業", role=B, ministry=MIN,
         why="the same figure repeated under 一般公共部門 (a repeat: ambiguous, fresh10b)", ambiguous=True),
]
NOT_ROWS = traps(M)
