from kinds import amt, cnt, date, dur, pct, trap, traps

DOC = "gunma_h26_seiji_shikin_gaiyo"
# 群馬県選挙管理委員会's page `<平成26年分>政治資金収支報告書の概要`: the filing rate, the year's income (本年収入額,
# 前年繰越額 excluded) against the year before, by kind of body, and a `|` table of each party's income with the columns
# `26年収入額 | 25年収入額 | 差額 | 増減率`, each cell written with its unit `千円` (mentions). Political bodies' money:
# `other`, traps. fy from the title's year (平成26年分 → 2014) and the column headers (`25年収入額` → 2013: era-less, but
# the title gives the era; fresh15c's era-less `21年度`); `差額` cells fy 2014 (the report's year). Empty cells are
# dropped by the flattening: 維新の党 and 次世代の党 (new in 2014) show `26年 | 差額 | 100.0%`, both fy 2014. `-887千円`
# a negative change. The title line is a publication title: no mention; line 5's `平成27年分` (as written) a date 2015;
# `平成27年9月30日までに` a deadline; `0.6ポイント` none; bare `0` cells and the cut `1,051` none.
O, Y, Y0 = "other", 2014, 2013


def T(line: int, text: str, v: int, fy: int) -> dict:
    return trap(amt(line, text, v, role=O, fy=fy), "a political body's (or party's) income of a year or its change",
                "political funds of the report's year, no programme's budget")


M = [
    date(5, "平成27年分", "2015"), cnt(5, "1,064団体", 1064, "団体"),
    date(5, "平成27年9月30日", None, "2015-09-30", q=("at_most",)), cnt(5, "1,028団体", 1028, "団体"),
    pct(5, "96.6%", 96.6),
    T(7, "2,099,603千円", 2099603000, Y), T(7, "1,996,689千円", 1996689000, Y0), T(7, "102,914千円", 102914000, Y),
    pct(7, "5.2%", 5.2),
    pct(8, "14.3%", 14.3), T(8, "1,384,836千円", 1384836000, Y), pct(8, "9.0%", 9.0), T(8, "714,767千円", 714767000, Y),
    dur(9, "5年間", 5, "year"),
    T(15, "36,451千円", 36451000, Y), T(15, "36,451千円", 36451000, Y), pct(15, "100.0%", 100.0),
    T(16, "49,015千円", 49015000, Y), T(16, "49,902千円", 49902000, Y0), T(16, "-887千円", -887000, Y),
    pct(16, "-1.8%", -1.8),
    T(17, "17,647千円", 17647000, Y), T(17, "17,647千円", 17647000, Y), pct(17, "100.0%", 100.0),
    T(18, "16,652千円", 16652000, Y), T(18, "12,693千円", 12693000, Y0), T(18, "3,960千円", 3960000, Y),
    pct(18, "31.2%", 31.2),
    T(19, "772,623千円", 772623000, Y), T(19, "607,969千円", 607969000, Y0), T(19, "164,654千円", 164654000, Y),
    pct(19, "27.1%", 27.1),
    T(20, "34,363千円", 34363000, Y), T(20, "78,030千円", 78030000, Y0), T(20, "-43,667千円", -43667000, Y),
    pct(20, "-56.0%", -56.0),
    T(21, "376,246千円", 376246000, Y), T(21, "369,493千円", 369493000, Y0), T(21, "6,753千円", 6753000, Y),
    pct(21, "1.8%", 1.8),
    T(22, "81,839千円", 81839000, Y), T(22, "90,839千円", 90839000, Y0), T(22, "-9,000千円", -9000000, Y),
    pct(22, "-9.9%", -9.9),
    T(23, "1,180千円", 1180000, Y0), T(23, "-1,180千円", -1180000, Y), pct(23, "-100.0%", -100.0),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
