from kinds import amt, cnt, date, pct, trap, traps

DOC = "ono_gifu_h22_kyuyo_teiin"
# 岐阜県大野町's 平成22年 給与・定員管理等について (its page 0000000263). `平成22年` in the title line: the publication's
# title (GUIDE: no date). `[2014年11月17日]` the page's date. The 人件費 table of 21年度 (普通会計決算: settled): 歳出額,
# 実質収支, 人件費 `other`, fy 2009 (the era-less `21年度` read with the title's 平成: NEW, arguable; no fiscal-year
# mention, fresh11b), traps (an account's settled totals and its personnel cost: no programme). The 職員給与費 row
# (決算): 給料, 職員手当, 期末・勤勉手当, 計 `other` FY2009, traps; 一人当たり給与費 and the peers' average `other`, per null
# (a per-person figure of a year, no `／年` written: the earlier per-citizen calls), traps. The 給料表 cells glued under
# `(単位:円)` bare (no mentions). The averages of 22年4月1日: `other` per `month`, fy 2010 (the April-1 status date's
# fiscal year, era from the title), traps. `40.2歳` an age (no mention).
O = "other"
S = ("settled total of the ordinary account (普通会計決算)", "an account's settled figure, not a programme's budget")
M = [
    date(3, "2014年11月17日", "2014-11-17"),
    cnt(22, "24,358人", 24358, "人"),
    trap(amt(23, "6,961,033千円", 6961033000, role=O, fy=2009), "歳出額 (普通会計決算)", S[1]),
    trap(amt(24, "385,170千円", 385170000, role=O, fy=2009), "実質収支", S[1]),
    trap(amt(25, "1,101,536千円", 1101536000, role=O, fy=2009), "人件費 (決算)", "personnel cost of the settled account"),
    pct(26, "15.8%", 15.8), pct(27, "19.2%", 19.2),
    cnt(49, "154人", 154, "人"),
    trap(amt(49, "466,363千円", 466363000, role=O, fy=2009), "給料 (決算)", "pay of all staff, a kind of expense"),
    trap(amt(49, "64,323千円", 64323000, role=O, fy=2009), "職員手当 (決算)", "allowances of all staff"),
    trap(amt(49, "173,524千円", 173524000, role=O, fy=2009), "期末・勤勉手当 (決算)", "bonuses of all staff"),
    trap(amt(49, "704,210千円", 704210000, role=O, fy=2009), "給与費 計 (決算)", "pay of all staff, a kind of expense"),
    trap(amt(49, "4,573千円", 4573000, role=O, fy=2009), "一人当たり給与費", "pay per person"),
    trap(amt(50, "5,671千円", 5671000, role=O, fy=2009), "類似団体平均一人当たり給与費", "the peers' average pay per person"),
]
for text, v, what in [("293,500円", 293500, "平均給料月額"), ("342,528円", 342528, "平均給与月額"),
                      ("315,179円", 315179, "平均給与月額 (国ベース)")]:
    M.append(trap(amt(72, text, v, role=O, fy=2010, per="month"), f"一般行政職 {what}", "average monthly pay per person"))
ROWS: list[dict] = []
NOT_ROWS = traps(M)
