from kinds import amt, date, dur, fyr, trap, traps

DOC = "qab_okinawa_2017_tosho"
# 沖縄県's (QAB, MICE施設, 子どもの貧困対策) 2017年度一般会計当初予算案 on a TV station's news page: every amount fy 2017 (the
# `2017年度` of its line). 一般会計 `7354億円` written twice, `budget`, traps both (no row: an account total); the decrease
# `約187億円` `other`, a trap; the three works under `主な事業として` rows (`健康づくりにかかる費用に2億円`, `子どもの貧困対策に関する
# 事業費として173億円`, `MICE施設」の整備費用に14億円余り` at_least, fresh7a's `余`). `9年ぶり` durations; `2月7日` a date,
# `15日` and `2月県議会` the session (2017-02-15, 2017-02).
B, O, FY = "budget", "other", 2017
M = [
    dur(2, "9年ぶり", 9, "year"),
    date(3, "2月7日", "2017-02-07"), fyr(3, "2017年度", FY),
    trap(amt(3, "7354億円", 735400000000, role=B, fy=FY), "一般会計", "account total"),
    fyr(4, "2017年度", FY),
    trap(amt(4, "7354億円", 735400000000, role=B, fy=FY), "一般会計の総額 (再掲)", "account total"),
    fyr(4, "2016年度", 2016),
    trap(amt(4, "187億円", 18700000000, role=O, fy=FY, q=("approx",)), "一般会計の減少", "change"),
    dur(4, "9年ぶり", 9, "year"),
    amt(5, "2億円", 200000000, role=B, fy=FY),
    amt(5, "173億円", 17300000000, role=B, fy=FY),
    amt(5, "14億円", 1400000000, None, role=B, fy=FY, q=("at_least",)),
    fyr(6, "2017年度", FY), date(6, "15日", "2017-02-15"), date(6, "2月", "2017-02"),
]
ROWS = [dict(line=5, text=t, budget_yen=v, fy=FY, program=p, role=B, ministry="沖縄県", why=w) for t, v, p, w in (
    ("2億円", 200000000, "市町村などが行う健康づくり (への支援)", "a 主な事業 of the 2017年度当初予算案"),
    ("173億円", 17300000000, "子どもの貧困対策に関する事業", "a 主な事業 of the 2017年度当初予算案"),
    ("14億円", 1400000000, "MICE施設の整備", "a 主な事業 of the 2017年度当初予算案 (`14億円余り`)"))]
NOT_ROWS = traps(M)
