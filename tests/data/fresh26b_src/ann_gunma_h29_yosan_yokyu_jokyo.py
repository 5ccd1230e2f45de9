from kinds import amt, date, fyr, pct, trap, traps

DOC = "gunma_h29_yosan_yokyu_jokyo"
# 群馬県's page on the 各部局からの歳出予算要求状況 (its 財政 pages, via a cache copy): the request total with its ratio to the
# previous year's initial budget `(平成28年度当初予算額7,216億円)`, then a `|` table `項目 | 要求額 | 対前年度当初予算比 | 内容`
# whose cells carry their unit (`5,352億円`, `100.6%`): amounts and percents. The page never writes the requested year:
# the pair `対前年度当初予算比 … 平成28年度当初予算額` makes the request the next year's, FY2017 (NEW, arguable: the GUIDE
# derives a previous year from its pair; here the pair's written previous year fixes the request's year — a reader could
# leave fy null with fy_alt as fresh24a's NHK). A request is the budget of the requested year (fresh24a, fresh8a): the
# total and its restatement in `計`, and the three classes (義務的経費等, 公共事業費, 一般事業費: fresh24a's 公共 / 非公共
# classes) `budget` FY2017, traps; the previous initial budget `previous_budget` FY2016, a trap. No row: no programme is
# named. `11月14日時点` a date 2016-11-14 (fresh24a: a request's year-less date is in the year before the budget's). Not
# mentions: list numbers `1` … `3`.
B, FY = "budget", 2017
M = [
    date(2, "11月14日", "2016-11-14"),
    trap(amt(4, "7,232億円", 723200000000, fy=FY), "各部局からの要求総額(一般会計)", "the request total"),
    pct(5, "100.2%", 100.2), fyr(5, "平成28年度", 2016),
    trap(amt(5, "7,216億円", 721600000000, role="previous_budget", fy=2016), "平成28年度当初予算額",
         "the previous year's initial total"),
    trap(amt(8, "5,352億円", 535200000000, fy=FY), "義務的経費等", "a class of expenditure"), pct(8, "100.6%", 100.6),
    trap(amt(9, "753億円", 75300000000, fy=FY), "公共事業費", "a class of expenditure"), pct(9, "90.0%", 90.0),
    trap(amt(10, "1,127億円", 112700000000, fy=FY), "一般事業費", "a class of expenditure"), pct(10, "106.1%", 106.1),
    trap(amt(11, "7,232億円", 723200000000, fy=FY), "計", "the request total (the table's sum)"), pct(11, "100.2%", 100.2),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
