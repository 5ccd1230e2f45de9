from kinds import date, fyr

DOC = "yaizu_h30_tosho_yosan_gaiyo"
# 焼津市's 平成30年度当初予算(案)の概要 as 123deta.com stores it: the carrier's chrome, the cover broken a few characters a
# line, the table of contents (`予算の規模等 4`, `当初予算額の推移(一般会計・歳出目的別)`) — the tables themselves fall past the
# length limit. Mentions: the carrier's `Academic year: 2021` a date (fresh14b call 10, fresh17b); the cover's `平成 30 年度`
# and `(2018 年度)` two fiscal years (GUIDE: a fiscal year written twice is two mentions). Not mentions: `政策 1` … `政策 4`,
# `( 1 )`, page numbers, the carrier's `17`, `0`, `0`.
M = [
    date(6, "2021", "2021"),
    fyr(15, "平成 30 年度", 2018), fyr(16, "2018 年度", 2018),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
