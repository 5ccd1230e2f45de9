from kinds import cnt, date, fyr

DOC = "akabira_h30_kyoiku_hoshin"
# An education board's policy statement of March 2018: fiscal years, the session's year and month, and counts of
# schools (1校, 2校あるいは1校). 第1回, 第5次 and the list number `1 はじめに` are ordinals.
M = [
    fyr(1, "平成30年度", 2018),
    date(1, "平成30年3月", "2018-03"),
    date(3, "2018年3月6日", "2018-03-06"),
    fyr(5, "平成30年度", 2018),
    date(11, "平成30年", "2018"),
    fyr(12, "平成30年度", 2018),
    cnt(12, "1校", 1, "校"),
    cnt(12, "2校", 2, "校"),
    cnt(12, "1校", 1, "校"),
    fyr(15, "平成30年度", 2018),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
