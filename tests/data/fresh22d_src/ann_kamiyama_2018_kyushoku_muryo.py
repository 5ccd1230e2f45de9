from kinds import amt, cnt, date, fyr, trap, traps

DOC = "kamiyama_2018_kyushoku_muryo"
# 徳島県神山町 (a newspaper item on kyushoku.jp, 2018): free lunches at its schools and staple food at its nurseries from
# April, `2018年度一般会計当初予算案`. The year of `4月` is 2018 (the budget's year). Per-meal prices (`1食当たり小学校280円`,
# `中学校310円`, `60円`, `米飯1食20円`, `パン食60円`) `other`, per null (a meal is no per of the vocabulary), traps (fees).
# `計1209万円を…当初予算案に計上` `budget`, fy 2018 (line 1's 2018年度…当初予算案 labels the programme), a ROW. `週3回`,
# `週2回` counts of 回 (a frequency: `最低月2回` as count, GUIDE); ages `3~5歳`, `0~2歳` no mentions; `18年度` era-less no
# mention. `2校`, `1校`, `2カ所` counts.
O, B = "other", "budget"
FEE = "a per-meal price charged to parents, not a budget"
M = [
    date(1, "4月", "2018-04"),
    cnt(1, "2校", 2, "校"),
    cnt(1, "1校", 1, "校"),
    cnt(1, "2カ所", 2, "か所"),
    fyr(1, "2018年度", 2018),
    trap(amt(2, "280円", 280, role=O), "給食費 1食当たり 小学校", FEE),
    trap(amt(2, "310円", 310, role=O), "給食費 1食当たり 中学校", FEE),
    cnt(3, "3回", 3, "回"),
    cnt(3, "2回", 2, "回"),
    trap(amt(3, "60円", 60, role=O), "パン食 1食当たり", FEE),
    cnt(4, "60人", 60, "人"),
    cnt(4, "128人", 128, "人"),
    cnt(4, "72人", 72, "人"),
    trap(amt(4, "20円", 20, role=O), "主食費 米飯1食", FEE),
    trap(amt(4, "60円", 60, role=O), "主食費 パン食", FEE),
    amt(4, "1209万円", 12090000, role=B, fy=2018),
    date(6, "4月", "2018-04"),
]
ROWS = [
    dict(line=4, text="1209万円", budget_yen=12090000, fy=2018, role=B, ministry="神山町",
         program="学校給食費・保育所主食費無料化", aliases=["給食費無料化"],
         why="計 put into the 2018年度一般会計当初予算案, all from general revenue"),
]
NOT_ROWS = traps(M)
