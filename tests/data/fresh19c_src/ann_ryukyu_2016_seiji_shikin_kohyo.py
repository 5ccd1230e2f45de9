from kinds import amt, cnt, date, dur, pct, trap, traps

DOC = "ryukyu_2016_seiji_shikin_kohyo"
# 琉球新報's report of 沖縄県選挙管理委員会 publishing the 2016年分 政治資金収支報告書 (地方分): totals, changes, items.
# Political bodies' money: `other`, a trap; fy 2016 (the report's calendar year), the `15年に3億4006万円` of the
# previous year fy 2015 (`15年` an era-less year: no mention, but it names whose year the figure is, as fresh15c's
# era-less `21年度`). `2016年分` a date 2016; `29日` a date 2017 (calls28); `過去10年` a duration; `52・6%` = 52.6.
O, Y = "other", 2016


def T(r: dict) -> dict:
    return trap(r, "a political body's settled income / expense (政治資金収支報告)",
                "political funds of the report's year, no programme's budget")


M = [
    date(1, "29日", "2017"),  # calls28: the 2016年分 reports are published in 2017
    date(1, "2016年分", "2016"), cnt(1, "605団体", 605, "団体"),
    T(amt(1, "24億9442万円", 2494420000, role=O, fy=Y)),
    T(amt(1, "19億110万円", 1901100000, role=O, fy=Y)),
    T(amt(1, "8億5936万円", 859360000, role=O, fy=Y)), pct(1, "52・6%", 52.6),
    T(amt(1, "7億9260万円", 792600000, role=O, fy=Y)), pct(1, "71・5%", 71.5),
    cnt(2, "615団体", 615, "団体"), cnt(2, "605団体", 605, "団体"), pct(2, "98・4%", 98.4), dur(2, "10年", 10, "year"),
    T(amt(3, "3億4006万円", 340060000, role=O, fy=2015)), pct(3, "20・8%", 20.8), pct(3, "124・3%", 124.3),
    T(amt(3, "7億6264万円", 762640000, role=O, fy=Y)), pct(3, "30・6%", 30.6),
    T(amt(4, "12億817万円", 1208170000, role=O, fy=Y)), pct(4, "63・6%", 63.6),
    T(amt(4, "6億9293万円", 692930000, role=O, fy=Y)), pct(4, "36・4%", 36.4), pct(4, "94・2%", 94.2),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
