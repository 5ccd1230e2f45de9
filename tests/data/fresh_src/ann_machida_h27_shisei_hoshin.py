from kinds import cnt, date, fyr, pct

DOC = "machida_h27_shisei_hoshin"
# A mayor's policy speech (施政方針) that opens with population projections: counts of people with 万/億,
# percents, calendar years as dates. 平成27年度(2015年度) writes 年度 twice: two fiscal years (GUIDE).
# Ages (15歳から64歳, 75歳以上) are no mention; 約半数 has no number.
A = ("approx",)
M = [
    fyr(1, "平成27年度", 2015), fyr(1, "2015年度", 2015),
    date(3, "2015年", "2015"),
    fyr(4, "2015年度", 2015),
    fyr(6, "2014年度", 2014),
    date(6, "2014年5月", "2014-05"),
    date(6, "2040年", None, "2040", q=("at_most",)),
    date(7, "2030年", "2030"),
    cnt(7, "1億2,700万人", 127000000, "人"),
    cnt(7, "1億1,661万人", 116610000, "人"),
    cnt(7, "1,000万人", 10000000, "人", q=A),
    cnt(7, "1,000万人", 10000000, "人", hi=None, q=("approx", "at_least")),
    cnt(7, "700万人", 7000000, "人", q=A),
    pct(7, "13%", 13),
    pct(7, "20%", 20, q=A),
    date(8, "2020年", "2020", q=A),
    date(8, "2030年", "2030"),
    pct(8, "11.2%", 11.2),
    pct(8, "17.5%", 17.5),
    date(9, "2014年12月", "2014-12"),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
