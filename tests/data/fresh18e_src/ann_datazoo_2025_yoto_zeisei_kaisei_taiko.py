from kinds import amt, date, pct, trap, traps

DOC = "datazoo_2025_yoto_zeisei_kaisei_taiko"
# 自由民主党 and 公明党 (the ruling parties): their 税制改正大綱 for the coming year, as a TV-news digest (datazoo.jp) reports
# it: the `103万円の壁` raised to `123万円` by lifting the 基礎控除 (`最高48万円` → `最高58万円`, `10万円`, `20%程度`) and the
# 給与所得控除 (`55万円` → `65万円`, `10万円`); the `178万円` of the agreement with 国民民主党; the 特定親族特別控除's income
# test `150万円`. Thresholds and deductions of the income tax: `other` (fresh12b: income bands `other`), per null, fy null
# (`来年度` with no date of the year written: the aggregator's date is metadata, fresh16b), traps. `最高` at_most (the
# GUIDE's 最大). `123万円まで引き上げる` no qualifier (the end of a raise from 103万円: as the GUIDE's `XからYまで`, two
# points; NEW). `20日` → 2024-12-20 (audit: the day the
# ruling parties decided the 令和7年度 大綱 that raised the `103万円の壁` to `123万円`, the event the text names; year-less days
# dated from the event they report: fresh15a's audit, fresh18a's ロイター `8日`).
O = "other"
DED = "a deduction of the income tax (its size or change), not a budget"
THR = "an income threshold of the income tax, not a budget"
M = [
    date(1, "20日", "2024-12-20"),
    trap(amt(1, "103万円", 1030000, role=O), "年収103万円の壁", THR),
    trap(amt(1, "48万円", None, 480000, role=O, q=("at_most",)), "基礎控除 現行 最高", DED),
    trap(amt(1, "58万円", None, 580000, role=O, q=("at_most",)), "基礎控除 改正後 最高", DED),
    trap(amt(1, "10万円", 100000, role=O), "基礎控除 引上げ幅", DED),
    pct(1, "20%", 20, q=("approx",)),
    trap(amt(1, "55万円", 550000, role=O), "給与所得控除 現行", DED),
    trap(amt(1, "65万円", 650000, role=O), "給与所得控除 改正後", DED),
    trap(amt(1, "10万円", 100000, role=O), "給与所得控除 引上げ幅", DED),
    trap(amt(1, "103万円", 1030000, role=O), "103万円の壁", THR),
    trap(amt(1, "123万円", 1230000, role=O), "引上げ後の壁", THR),
    trap(amt(1, "178万円", 1780000, role=O), "国民民主党との合意 目標の壁", THR),
    trap(amt(1, "150万円", 1500000, role=O), "特定親族特別控除 年収要件", THR),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
