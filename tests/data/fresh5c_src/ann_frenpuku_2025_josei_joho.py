from kinds import cnt, date

DOC = "frenpuku_2025_josei_joho"
# A grants-information page (f-renpuku.org, 2025-04-02) on むすびえ・こども食堂基金's spring call: no amount in the
# stored text. `(4/2更新)` is the page's update date (a year-less M/D standing as a date, GUIDE); `17:00` a clock
# time; the URL's digits no mention; `月1回以上` → 1..null 回, at_least (GUIDE `最低月2回`).
M = [
    date(2, "2025.04.02", "2025-04-02"),
    date(3, "4/2", "2025-04-02"),
    date(13, "2025年4月16日", "2025-04-16"),
    cnt(16, "1回", 1, "回", hi=None, q=("at_least",)),
]
ROWS = []
NOT_ROWS = []
