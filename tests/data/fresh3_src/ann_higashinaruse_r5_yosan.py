from kinds import amt, date, fyr, pct

DOC = "higashinaruse_r5_yosan"
# 令和5年度 予算 (title, FY2023 initial budget). Totals are budget; changes and revenue estimates (普通交付税,
# 特別交付税, 村債, 県支出金) and the increase of a function (総務費) are other. `3月定例会議` is a session named by
# its month: a date (2023-03). `2・4%` uses a middle dot as the decimal point. `2/34` is a page counter.
B, O, FY = "budget", "other", 2023
M = [
    fyr(1, "令和5年度", FY),
    amt(7, "38億6000万円", 3860000000, fy=FY),
    fyr(8, "令和5年度", FY),
    date(8, "3月", "2023-03"),
    amt(8, "50億7694万円", 5076940000, fy=FY),
    amt(8, "1億1961万円", 119610000, role=O, fy=FY),
    pct(8, "2・4%", 2.4),
    amt(9, "38億6000万円", 3860000000, fy=FY),
    amt(9, "3億1400万円", 314000000, role=O, fy=FY),
    pct(9, "8・9%", 8.9),
    amt(14, "18億円", 1800000000, role=O, fy=FY),
    amt(15, "2億760万円", 207600000, role=O, fy=FY),
    fyr(16, "令和5年度", FY),
    amt(16, "7690万円", 76900000, role=O, fy=FY),
    amt(17, "2294万円", 22940000, role=O, fy=FY),
    fyr(19, "令和5年度", FY),
    fyr(24, "令和5年度", FY),
    amt(25, "2億4839万円", 248390000, role=O, fy=FY),
]
ROWS: list[dict] = []
T = [
    (7, "38億6000万円", 3860000000, B, "一般会計は38億6000万円", "account total"),
    (8, "50億7694万円", 5076940000, B, "全会計の予算総額", "total of all accounts"),
    (8, "1億1961万円", 119610000, O, "全会計の増額", "change of the total"),
    (9, "38億6000万円", 3860000000, B, "一般会計の当初予算額", "account total"),
    (9, "3億1400万円", 314000000, O, "一般会計の増額", "change of the total"),
    (14, "18億円", 1800000000, O, "普通交付税", "revenue estimate"),
    (15, "2億760万円", 207600000, O, "特別交付税の増額", "change of a revenue"),
    (16, "7690万円", 76900000, O, "村債の増額", "change of a revenue"),
    (17, "2294万円", 22940000, O, "県支出金の増額", "change of a revenue"),
    (25, "2億4839万円", 248390000, O, "総務費の増額", "change of a function's total"),
]
NOT_ROWS = [dict(line=ln, text=t, value_yen=v, fy=FY, mention_role=r, what=w, reason=why) for ln, t, v, r, w, why in T]
