from kinds import date, dur

DOC = "yoshida_town_h24_shisei_hoshin"
# A town head's policy speech of 平成24年 (2012): 昨年3月11日 and 昨年11月末 take the year before the deck's
# (2011; 末 dropped like 半ば). 約1年 is a duration; 1000年に一度 is a return period, read as a duration of 1000
# years (judgement call, README).
M = [
    date(1, "2012年3月2日", "2012-03-02"),
    date(3, "平成24年", "2012"),
    date(3, "平成24年3月2日", "2012-03-02"),
    date(5, "平成24年", "2012"),
    date(6, "3月11日", "2011-03-11"),
    dur(6, "1年", 1, "year", q=("approx",)),
    date(7, "11月", "2011-11"),
    dur(7, "1000年", 1000, "year"),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
