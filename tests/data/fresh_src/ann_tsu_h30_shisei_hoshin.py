from kinds import date, fyr

DOC = "tsu_h30_shisei_hoshin"
# A mayor's policy speech of 平成30年3月 (2018). Era decades are date ranges (GUIDE: 1990年代 → 1990..1999):
# 平成20年代 → 2008..2017, 平成30年代 → 2018..2027. 来年5月 → 2019-05, この3月 → 2018-03 (anchored on the deck's
# year). 「平成」 alone and 第一歩 are no mentions.
M = [
    date(1, "平成30年3月", "2018-03"),
    date(1, "平成30年", "2018"),
    date(3, "2019年2月21日", "2019-02-21"),
    date(5, "平成30年", "2018"),
    fyr(5, "平成30年度", 2018),
    date(7, "平成の20年代", "2008", "2017"),
    date(7, "平成30年代", "2018", "2027"),
    date(9, "5月", "2019-05"),
    date(9, "平成30年", "2018"),
    date(10, "平成20年代", "2008", "2017"),
    date(10, "平成20年代", "2008", "2017"),
    date(10, "3月", "2018-03"),
    date(11, "平成30年", "2018"),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
