from kinds import amt, cnt, date, dur, trap, traps

DOC = "kasaoka_h28_kyushoku_pfi_rakusatsu"
# 岡山県笠岡市's notice of the winner of its 学校給食センター整備運営事業 (PFI), a PDF's text on expydoc one cell a line
# (the mayor's name split a character a line, list numbers `1` … `4` alone on lines: no mentions). `平成28年2月` + `1日付け`
# (line 4/5) one date broken by the line break, 2016-02-01 (GUIDE). `総合評価値 … 67.92点`, `62.60点`: counts of 点 (fresh14c
# call 4). `落札金額 4,943,482,491円(消費税相当額等を除いたもの)` and `予定価格 4,950,471,000円`: contract figures of a PFI
# contract (design, build and `15年間の維持管理及び運営`), `other`, fy null, traps (fresh14c). The schedule `平成27年10月 実施方針
# 等の公表`, `平成28年` / `2月` (a year cell and its month cell, one date broken by the line break, 2016-02), `3月` (2016-03, the
# year of the cell above). `第11条第1項`, `(1)`, `(2)` no mentions.
O = "other"
M = [
    date(4, "平成28年2月", "2016-02-01"),
    cnt(5, "2グループ", 2, "グループ"),
    date(12, "平成28年6月29日", "2016-06-29"),
    cnt(46, "67.92点", 67.92, "点"), cnt(48, "62.60点", 62.6, "点"),
    trap(amt(51, "4,943,482,491円", 4943482491, role=O), "笠岡市学校給食センター整備運営事業 落札金額 (税抜)",
         "the winning bid of a PFI contract (design, build, 15 years of operation), not a budget"),
    dur(52, "15年間", 15, "year"),
    trap(amt(55, "4,950,471,000円", 4950471000, role=O), "同 予定価格 (税抜)", "the estimated price of a PFI contract, not a budget"),
    date(57, "平成27年10月", "2015-10"),
    date(59, "平成28年", "2016-02"),
    date(62, "3月", "2016-03"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
