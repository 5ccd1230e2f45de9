from kinds import amt, cnt, dur, fyr, trap, traps

DOC = "tokushima_byoin_h29_kessan"
# 徳島県 病院局 平成29年度決算の概要: cells under `(単位:円)` one a line (three hospitals, their sum `3病院計`, the year
# before `前年度決算額`, the change; 本局; the whole enterprise; the cut 資本的収支 row): all bare (no mentions, the header
# unit is not beside them). The prose sums: 各病院の合計 `収入は230億4,806万3,632円、支出は232億8,950万4,670円`, `差引
# 2億4,144万1,038円の純損失`; 本局 `4,562万8,089円`, `3億735万9,742円`, `2億6,173万1,653円`; the enterprise's `5億317万
# 2,691円の純損失`: settled figures `other` FY2017, traps. `3病院計` a count of hospitals (a quantity inside a column
# header, NEW, arguable); `6年連続` a duration.
O = "other"
FY = 2017
S = ("a settled total of the hospital enterprise (収入 / 支出 / 純損失)", "a settlement's result, not a budget")
M = [
    fyr(2, "平成29年度", 2017), cnt(28, "3病院", 3, "病院"),
    trap(amt(47, "230億4,806万3,632円", 23048063632, role=O, fy=FY), *S),
    trap(amt(47, "232億8,950万4,670円", 23289504670, role=O, fy=FY), *S),
    trap(amt(47, "2億4,144万1,038円", 241441038, role=O, fy=FY), *S),
    trap(amt(94, "4,562万8,089円", 45628089, role=O, fy=FY), *S),
    trap(amt(94, "3億735万9,742円", 307359742, role=O, fy=FY), *S),
    trap(amt(94, "2億6,173万1,653円", 261731653, role=O, fy=FY), *S),
    trap(amt(95, "5億317万2,691円", 503172691, role=O, fy=FY), *S), dur(95, "6年", 6, "year"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
