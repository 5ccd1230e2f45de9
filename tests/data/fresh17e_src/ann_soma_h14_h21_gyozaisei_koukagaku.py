from kinds import amt, fyr, trap, traps

DOC = "soma_h14_h21_gyozaisei_koukagaku"
# 福島県相馬市's page of the 実績効果額 of its second and third 行財政改革大綱 (平成14-17年度, 平成18-21年度): the sums of the
# single-year and the continuing effects over eight years (`約26億円`, `約51億円`: `other`, fy null as sums over a span,
# fresh13b's call; approx), then tables of 削減額 / 収入額 / 効果額 by year under `単位:千円`, every cell bare (no mention:
# GUIDE's bare numbers; fresh13b's 多可町 `削減額 (千円)` cells), their headers `H18年度 … H21年度` fiscal years (GUIDE's
# era-labelled column headers). `平成15年度以降` 2003..null at_least (GUIDE `以降`); `第3次(H18年度〜)` an open range,
# 2006..null, no qualifier (GUIDE: an open `～` leaves that end null); `H14年度〜H17年度` one mention (fresh13b's
# `平成27年度~平成31年度`); `(平成14年度から平成17年度まで)` two points (GUIDE). The last cell `2,611` is cut by the limit.
O = "other"
M = [
    fyr(2, "平成14年度", 2002), fyr(2, "平成17年度", 2005), fyr(2, "平成18年度", 2006), fyr(2, "平成21年度", 2009),
    fyr(6, "平成14年度", 2002), fyr(6, "平成15年度", 2003, None, q=("at_least",)),
    fyr(6, "平成15年度", 2003, None, q=("at_least",)),
    fyr(7, "平成14年度", 2002), fyr(7, "平成21年度", 2009),
    trap(amt(7, "26億円", 2600000000, role=O, q=("approx",)), "単年度効果額 (平成14-21年度の合計)",
         "a sum of a reform's effects over eight years, not a budget"),
    trap(amt(7, "51億円", 5100000000, role=O, q=("approx",)), "継続的効果額 (平成14-21年度の累計)",
         "a cumulated sum of a reform's continuing effects over eight years, not a budget"),
    fyr(10, "H18年度", 2006, None),
    fyr(11, "H18年度", 2006), fyr(11, "H19年度", 2007), fyr(11, "H20年度", 2008), fyr(11, "H21年度", 2009),
    fyr(17, "H14年度〜H17年度", 2002, 2005),
    fyr(18, "H14年度", 2002), fyr(18, "H15年度", 2003), fyr(18, "H16年度", 2004), fyr(18, "H17年度", 2005),
]
ROWS: list = []
NOT_ROWS = traps(M)
