from kinds import amt, date, dur, fyr, trap, traps

DOC = "kuji_2020_kyushokuhi_neage_iwate"
# 岩手日報's item (address 2019/11/30): 岩手県久慈市教委 will raise school-lunch fees `2020年度から`: the rise
# `1食当たり9~37円` (per meal: per null) and `年額675~5635円` (per year), the revised yearly fee `4万8160円` / `5万1600円`
# (per year; `年間給食費`) and the per-meal price `(1食当たり280円)` / `(同300円)` (per null). All `other` (a fee paid by
# parents), fy 2020 (the sentence's `2020年度から` sets the year the revised fees belong to; the second paragraph
# continues the same revision), traps. `29日` is 2019-11-29 (the address's date); `約20年間` 20 years approx;
# `06年` no mention (two-digit year); `175日` / `172日` (annual serving days) durations in days.
O = "other"
F = "a school-lunch fee (a price paid by parents), not a programme's budget"
M = [
    date(1, "29日", "2019-11-29"),
    fyr(1, "2020年度", 2020),
    dur(1, "20年間", 20, "year", q=("approx",)),
    trap(amt(1, "9~37円", 9, 37, role=O, fy=2020), "1食当たりの値上げ幅", F),
    trap(amt(1, "675~5635円", 675, 5635, role=O, fy=2020, per="year"), "年額の値上げ幅", F),
    dur(2, "175日", 175, "day"),
    dur(2, "172日", 172, "day"),
    trap(amt(2, "4万8160円", 48160, role=O, fy=2020, per="year"), "改定後の年間給食費 小学校", F),
    trap(amt(2, "280円", 280, role=O, fy=2020), "小学校 1食当たり", F),
    trap(amt(2, "5万1600円", 51600, role=O, fy=2020, per="year"), "改定後の年間給食費 中学校", F),
    trap(amt(2, "300円", 300, role=O, fy=2020), "中学校 1食当たり", F),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
