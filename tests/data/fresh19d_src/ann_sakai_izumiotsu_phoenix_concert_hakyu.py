from kinds import amt, cnt, date, dur, trap, traps

DOC = "sakai_izumiotsu_phoenix_concert_hakyu"
# 公益財団法人堺都市政策研究所's report (平成25年3月) on the economic ripple effect of the 泉大津フェニックス野外コンサート 2012 (as
# paperzz stores its opening, one long line). The two amounts are the estimated effects for 泉州地域 and 泉大津市: role `other`,
# fy null, both traps. The event's name `…コンサート 2012`, `RUSH BALL 2012`, `OTODAMA’11-’12` are names (no date); `8 年目` an
# ordinal; the dates of the 3 concerts take 2012 (each written twice: in the prose and in 表 1); the table's bare `20,000`,
# `10,000` (unit 人 in the header) no mentions; `3日間` a duration; `延べ 38,500 人` a count (twice).
O = "other"
L = 1
M = [
    date(L, "平成 25 年 3 月", "2013-03"),
    date(L, "平成 17 年", "2005"),
    date(L, "2012 年", "2012"),
    date(L, "9 月 2 日", "2012-09-02"),
    date(L, "9 月 8 日", "2012-09-08"),
    date(L, "9 日", "2012-09-09"),
    cnt(L, "3 回", 3, "回"),
    cnt(L, "38,500 人", 38500, "人"),
    date(L, "2012 年 9 月", "2012-09"),
    trap(amt(L, "5 億 8,800 万円", 588000000, role=O), "泉州地域への経済波及効果", "an estimated economic effect"),
    trap(amt(L, "2 億 3,300 万円", 233000000, role=O), "泉大津市への経済波及効果", "an estimated economic effect"),
    dur(L, "3日間", 3, "day"),
    cnt(L, "38,500 人", 38500, "人"),
    date(L, "9 月 2 日", "2012-09-02"),
    date(L, "9 月 8 日", "2012-09-08"),
    date(L, "9 月 9 日", "2012-09-09"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
