from kinds import amt, date, fyr, trap, traps

DOC = "katano_h21_kikin_zandaka_jcp"
# 大阪府交野市: a council group's report (日本共産党 交野市議団, 2009-11-24) on the funds: the 平成20年度 budget planned to draw
# `約7億9800万円` out of `約26億4000万円` leaving `約18億4200万円`; the settlement used `約1億1200万円` and left `約25億2700万円`,
# `約6億8500万円` more. Balances, planned and settled drawdowns and the difference: `other` (fresh18c: a drawdown planned in a
# budget is `other`), approx, fy 2008 (the sentence's `平成20年度予算において` / `決算では`), traps. The plan's floor
# `平成27年度に基金15億円以上` `other`, at_least, fy 2015. `基金から4~5億円取り崩せば` a hypothetical drawdown of no stated
# year: a range 4億..5億, fy null (arguable: the year after 平成21年度 決算). `平成22年度より` a fiscal year (a point: GUIDE's
# `より`). The plan periods `H16年~H22年` and `H22年~27年` carry 年 not 年度: dates 2004..2010 and 2010..2015 (fresh18c's call
# 6, `H11年` a date; `27年` takes the era of its range); `H22年度`, `H23年度` fiscal years (GUIDE's `H29`). `第1次`,
# `第2次` ordinals. The header `[2009.11.24]` a dotted date.
O, A = "other", ("approx",)
M = [
    date(1, "2009.11.24", "2009-11-24"),
    fyr(2, "平成20年度", 2008),
    trap(amt(2, "26億4000万円", 2640000000, role=O, fy=2008, q=A), "基金 (平成20年度予算時)", "a fund balance"),
    trap(amt(2, "7億9800万円", 798000000, role=O, fy=2008, q=A), "基金取崩し (平成20年度予算)", "a drawdown planned in a budget"),
    trap(amt(2, "18億4200万円", 1842000000, role=O, fy=2008, q=A), "基金残高見込み (平成20年度予算)", "a fund balance"),
    trap(amt(2, "1億1200万円", 112000000, role=O, fy=2008, q=A), "基金使用額 (平成20年度決算)", "a settled drawdown"),
    trap(amt(2, "25億2700万円", 2527000000, role=O, fy=2008, q=A), "基金残高 (平成20年度決算)", "a fund balance"),
    trap(amt(2, "6億8500万円", 685000000, role=O, fy=2008, q=A), "当初予算時より多く残った額", "a difference"),
    fyr(3, "平成22年度", 2010), fyr(3, "平成27年度", 2015),
    trap(amt(3, "15億円", 1500000000, None, role=O, fy=2015, q=("at_least",)), "第2次財政健全化計画 基金残高目標",
         "a fund balance floor"),
    fyr(4, "平成21年度", 2009),
    trap(amt(4, "4~5億円", 400000000, 500000000, role=O), "基金取崩し (仮定)", "a hypothetical drawdown"),
    date(5, "H16年~H22年", "2004", "2010"),
    date(5, "H22年~27年", "2010", "2015"),
    fyr(5, "H22年度", 2010), fyr(5, "平成21年度", 2009), fyr(5, "H23年度", 2011),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
