from kinds import date, dur

DOC = "nanto_gikai_r7_9gatsu"
# 南砺市議会 (富山県), the schedule of the 令和7年9月会議: NO MONEY. The session named by its month (`令和7年9月会議`,
# `9月会議`) is a date 2025-09 (fresh3); `9月1日(月)から9月19日(金)まで` two points (GUIDE: the ends of XからYまで) and
# `19日間` a duration; the petition deadline `8月22日(金)午後5時まで` null..2025-08-22, at_most (a まで with no から);
# the schedule's year-less days are September 2025 (the heading's year; the weekdays agree). Clock times, `5階` (a
# floor) and list markers are no mentions. Blank lines of the stored page were dropped (SOURCES.md).
Y = "2025-09"
M = [
    date(1, "令和7年9月", Y),
    date(2, "9月1日", "2025-09-01"), date(2, "9月19日", "2025-09-19"), dur(2, "19日間", 19, "day"),
    date(3, "9月", Y),
    date(8, "9月", Y), date(8, "8月22日", None, "2025-08-22", q=("at_most",)),
    date(11, "令和7年9月", Y),
    date(16, "9月  1日", "2025-09-01"),
    date(22, "9月  2日", "2025-09-02"),
    date(26, "9月 8日", "2025-09-08"),
    date(30, "9月 9日", "2025-09-09"),
    date(36, "9月10日", "2025-09-10"),
    date(37, "9月11日", "2025-09-11"),
    date(38, "9月12日", "2025-09-12"),
    date(39, "9月19日", "2025-09-19"),
]
ROWS = []
NOT_ROWS = []
