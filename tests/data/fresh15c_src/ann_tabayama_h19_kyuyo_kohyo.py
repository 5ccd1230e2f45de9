from kinds import amt, cnt, date, fyr, pct, trap, traps

DOC = "tabayama_h19_kyuyo_kohyo"
# 山梨県丹波山村's 平成19年度 村職員給与等の公表 (the breadcrumb and the title name the year). (1) 人件費の状況 (普通会計
# 決算) of `18年度` (era-less: no mention, fresh11b; the year 2006 read with the title's 平成): 歳出額, 実質収支, 人件費
# `other` FY2006, traps; `16.2%` and the year before's `14.1%` percents. (2) 職員給与費の状況 (普通会計予算 — the label
# names the BUDGET) of `19年度`: 給料, 職員手当, 期末・勤勉手当, 計 B `budget` FY2007 (the label line over them: GUIDE; NEW,
# arguable: the budget's personnel expense of the ordinary account, which a reader may keep `other` as a kind of
# expense, fresh9b's 人件費), traps (an account's personnel expense, not a programme); 一人当たり給与費 B/A `other` per null
# (a derived per-person figure) and the peers' average `other`, traps. The 給与改定 cells `0.35`, `4.5` bare (no
# mentions). `平成19年4月1日` a date; `17年度末`, `17年度の` era-less (no mention).
O, B = "other", "budget"
S = "the ordinary account's settled figure, not a programme's budget"
P = "the ordinary account's budgeted personnel expense (a kind of expense), not a programme's budget"
M = [
    fyr(1, "平成19年度", 2007), fyr(2, "平成19年度", 2007),
    cnt(17, "798人", 798, "人"),
    trap(amt(17, "1,257,147千円", 1257147000, role=O, fy=2006), "歳出額 (普通会計決算)", S),
    trap(amt(17, "93,544千円", 93544000, role=O, fy=2006), "実質収支", S),
    trap(amt(17, "204,170千円", 204170000, role=O, fy=2006), "人件費 (決算)", S),
    pct(17, "16.2%", 16.2), pct(17, "14.1%", 14.1),
    cnt(24, "21人", 21, "人"),
    trap(amt(24, "69,566千円", 69566000, role=B, fy=2007), "給料 (普通会計予算)", P),
    trap(amt(24, "15,468千円", 15468000, role=B, fy=2007), "職員手当 (普通会計予算)", P),
    trap(amt(24, "28,044千円", 28044000, role=B, fy=2007), "期末・勤勉手当 (普通会計予算)", P),
    trap(amt(24, "113,078千円", 113078000, role=B, fy=2007), "給与費 計 B (普通会計予算)", P),
    trap(amt(24, "5,385千円", 5385000, role=O, fy=2007), "一人当たり給与費 B/A", "pay per person"),
    trap(amt(24, "5,540 千円", 5540000, role=O, fy=2007), "類似団体平均一人当たり給与費", "the peers' average pay per person"),
    date(27, "平成19年4月1日", "2007-04-01"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
