from kinds import amt, cnt, fyr, pct, trap, traps

DOC = "kihoku_r4_kikin_kouhou"
# 愛媛県鬼北町's 広報きほく (令和5年11月号 by its address) publishing the 令和4年度 settlement: `3.貯金はどれくらいある?`: the
# funds' total rose `5億8,369万2千円`; the year-end balances of 財政調整基金 (`19億3,263万6千円`), 減債基金 (`3億3,517万3千円`,
# with `令和5年度末残高見込5億5,412万円`) and 特定目的基金 (`33億6,154万円`); then `4.財政状況は大丈夫?` with two percents.
# Every amount `other` (balances, a change of the total, a balance expected: fresh11a's 福崎町), a trap. fy: the 令和5年度末
# 見込 2023 (written); the `年度末現在高` and the change 2022, the year before the expected one written beside them (NEW,
# arguable: the deck names the settled year only through the address's `令和4年度`; a reader could leave fy null, 4 fy).
# `早期健全化基準25.0%`, `0.4%` percents; `指標の一つ` a count of 1 つ (GUIDE); `単位:%`, the list marks `3.`, `4.`,
# `(1)`…`(4)` no mentions.
O = "other"
BAL = "a fund's balance (年度末現在高), not a budget"
M = [
    trap(amt(2, "5億8,369万2千円", 583692000, role=O, fy=2022), "基金総額 対前年度増", "a change of the funds' total, not a budget"),
    trap(amt(4, "19億3,263万6千円", 1932636000, role=O, fy=2022), "財政調整基金 年度末現在高", BAL),
    trap(amt(6, "3億3,517万3千円", 335173000, role=O, fy=2022), "減債基金 年度末現在高", BAL),
    fyr(6, "令和5年度", 2023),
    trap(amt(6, "5億5,412万円", 554120000, role=O, fy=2023), "減債基金 令和5年度末残高見込",
         "a fund's balance expected at a year's end, not a budget"),
    trap(amt(8, "33億6,154万円", 3361540000, role=O, fy=2022), "特定目的基金 年度末現在高", BAL),
    cnt(11, "一つ", 1, "つ"), pct(15, "25.0%", 25.0), pct(15, "0.4%", 0.4),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
