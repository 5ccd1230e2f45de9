from kinds import amt, cnt, date, fyr, trap, traps

DOC = "mizumaki_h30_kikin_joukyou"
# 福岡県水巻町's page 基金の状況(平成30年3月31日現在): each fund with the projects it paid for (`平成24年度 … 出資金 2億9,000万円`)
# and its balance (`基金残高 27億3,957万円`). The projects' figures are drawdowns of a past fiscal year (the fund's money used):
# `other`, fy the year written before each (fresh11a's 福崎町), traps. The balances at `平成30年3月31日` take that date's fiscal
# year 2017 (fresh18c's call 2), `other`, traps. `2種類` a count; `地方自治法第241条` a law article (no mention); the
# update `2018年12月27日` a date.
O = "other"
M = [
    date(3, "平成30年3月31日", "2018-03-31"),
    date(4, "2018年12月27日", "2018-12-27"),
    cnt(7, "2種類", 2, "種類"),
    fyr(11, "平成24年度", 2012),
    trap(amt(11, "2億9,000万円", 290000000, role=O, fy=2012), "財政調整基金 活用 水道事業統合に伴う出資金", "a fund's drawdown"),
    fyr(12, "平成24年度", 2012),
    trap(amt(12, "4億9,000万円", 490000000, role=O, fy=2012), "財政調整基金 活用 町債の繰上償還", "a fund's drawdown"),
    trap(amt(13, "27億3,957万円", 2739570000, role=O, fy=2017), "財政調整基金 基金残高", "a fund balance"),
    fyr(17, "平成23年度", 2011),
    trap(amt(17, "1億3,000万円", 130000000, role=O, fy=2011), "職員退職手当準備基金 繰入", "a fund's drawdown"),
    fyr(18, "平成20年度", 2008),
    trap(amt(18, "1億3,000万円", 130000000, role=O, fy=2008), "職員退職手当準備基金 繰入", "a fund's drawdown"),
    trap(amt(19, "5億3,029万円", 530290000, role=O, fy=2017), "職員退職手当準備基金 基金残高", "a fund balance"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
