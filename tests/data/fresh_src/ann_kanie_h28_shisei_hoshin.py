from kinds import date, dur, fyr

DOC = "kanie_h28_shisei_hoshin"
# A town head's policy speech page. 平成28年第1回…定例会 is the session's year (a date); 3期目 is an ordinal;
# あと1年, この1年, 約4箇月間 are durations; 戦後70年という節目 is read as elapsed time (a duration, like 9年ぶり),
# not as a 周年 anniversary (judgement call, README). 毎年の3月議会 is a recurring session, no calendar point.
M = [
    fyr(1, "平成28年度", 2016),
    date(3, "2016年3月10日", "2016-03-10"),
    fyr(9, "平成28年度", 2016),
    date(11, "平成28年3月1日", "2016-03-01"),
    fyr(11, "平成28年度", 2016),
    date(16, "平成28年", "2016"),
    fyr(16, "平成28年度", 2016),
    dur(17, "1年", 1, "year"),
    dur(17, "1年", 1, "year"),
    dur(18, "4箇月間", 4, "month", q=("approx",)),
    dur(18, "70年", 70, "year"),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
