from kinds import amt, date, fyr, pct

DOC = "ogawa_vil_r5_kessan"
# 令和5年度 決算 (settlement) of 長野県小川村 (広報おがわ 10月号 2024年10月3日): the initial budget it started from
# (`一般会計32億8,400万円の予算でスタート`) is budget FY2023; the settled expenditure, its change and the settled cost
# of works (災害復旧費, 浴室改修工事, 照明LED化…) are other FY2023 (spent, not budgeted). `9月定例村議会` is the
# September 2024 session (a date of that month); `令和4年8月6日に発生した豪雨災害` is a date (the day is written).
O, FY = "other", 2023
M = [
    date(1, "9月", "2024-09"),
    fyr(1, "令和5年度", FY),
    amt(1, "32億8,400万円", 3284000000, fy=FY),
    date(1, "令和4年8月6日", "2022-08-06"),
    amt(2, "39億4,028万円", 3940280000, role=O, fy=FY),
    pct(2, "16.2%", 16.2),
    amt(2, "5億5,026万円", 550260000, role=O, fy=FY),
    amt(2, "9億8,663万円", 986630000, role=O, fy=FY),
    amt(2, "9,609万円", 96090000, role=O, fy=FY),
    amt(2, "1億662万円", 106620000, role=O, fy=FY),
]
ROWS: list[dict] = []
T = [
    (1, "32億8,400万円", 3284000000, "budget", "一般会計の当初予算", "account total"),
    (2, "39億4,028万円", 3940280000, O, "歳出総額 (決算)", "settled expenditure of the account"),
    (2, "5億5,026万円", 550260000, O, "前年比の増額 (決算)", "change of the settled total"),
    (2, "9億8,663万円", 986630000, O, "災害復旧費 (決算)", "settled cost, not a budget"),
    (2, "9,609万円", 96090000, O, "星と緑のロマン館の浴室改修工事 (決算)", "settled cost of a work, not a budget"),
    (2, "1億662万円", 106620000, O, "びっくらんど小川の照明LED化及び吊り天井の耐震化 (決算)",
     "settled cost of a work, not a budget"),
]
NOT_ROWS = [dict(line=ln, text=t, value_yen=v, fy=FY, mention_role=r, what=w, reason=why) for ln, t, v, r, w, why in T]
