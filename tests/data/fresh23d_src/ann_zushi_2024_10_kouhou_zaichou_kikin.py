from kinds import amt, date, fyr, pct, trap, traps

DOC = "zushi_2024_10_kouhou_zaichou_kikin"
# 神奈川県逗子市's 広報ずし (2024年10月号 p.21, stored as ONE line): the 2023年度 settlement's spending by kind (the changes in
# prose) and the 財政調整基金's year-end balance. The issue label `2024年10月号` is no date (fresh11a's `10月号`); `NO.992`,
# `21面`, `[3]`, `[4]` no mentions. The four changes (`2億1,776万円増加` …) are settled changes: `other`, fy 2023 (the
# settlement the article reports, named by the table's `2023年度` label after them and `2023年度末`; NEW, arguable: null, the
# sentences name no year). The table's cells `@462,343` … sit under `(単位:万円)`: bare, no mentions (GUIDE); their shares
# `19.1%` … are percents (each carries `%`). `約38億円` the fund's balance at 2023年度末: `other`, approx, fy 2023; `約27%` a
# percent, approx. The chart's axis `2019年` `2020年` `2021年` carries 年: dates (GUIDE: every other calendar point is a
# date; NEW for a chart axis of Gregorian years with 年); its values `15.7` … under `(単位:億円)` bare; the cut `2022` bare.
O = "other"
M = [
    trap(amt(1, "2億1,776万円", 217760000, role=O, fy=2023), "義務的経費 増加額 (2023年度決算)", "a settled change"),
    trap(amt(1, "7億9,239万円", 792390000, role=O, fy=2023), "投資的経費 増加額", "a settled change"),
    trap(amt(1, "4億416万円", 404160000, role=O, fy=2023), "物件費 減少額", "a settled change"),
    trap(amt(1, "2億7,161万円", 271610000, role=O, fy=2023), "繰出金 増加額", "a settled change"),
    fyr(1, "2023年度", 2023),
    pct(1, "19.1%", 19.1), pct(1, "23.1%", 23.1), pct(1, "8.3%", 8.3), pct(1, "8.8%", 8.8), pct(1, "15.8%", 15.8),
    pct(1, "0.9%", 0.9), pct(1, "10.1%", 10.1), pct(1, "13.9%", 13.9),
    fyr(1, "2022年度", 2022),
    pct(1, "20.5%", 20.5), pct(1, "22.4%", 22.4), pct(1, "8.7%", 8.7), pct(1, "5.7%", 5.7), pct(1, "18.2%", 18.2),
    pct(1, "0.9%", 0.9), pct(1, "9.3%", 9.3), pct(1, "14.3%", 14.3),
    fyr(1, "2023年度", 2023),
    fyr(1, "2022年度", 2022),
    pct(1, "27%", 27, q=("approx",)),
    trap(amt(1, "38億円", 3800000000, role=O, fy=2023, q=("approx",)), "財政調整基金 2023年度末残高", "a fund balance"),
    date(1, "2019年", "2019"), date(1, "2020年", "2020"), date(1, "2021年", "2021"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
