from kinds import amt, date, fyr, trap, traps

DOC = "hasami_r5_furusato_kikin_juto"
# 長崎県波佐見町's page 令和5年度 ふるさとづくり応援基金充当事業: the fund's money applied in 令和5年度 by use (`活用額`, each
# line with its own 円), the year's drawdown total `754,100,000円` and the year-end balance `2,098,668,185円`, then two of the
# projects it paid for (`充当金額:14,000,000円`, `4,200,000円`: `…を実施しました`). Every figure is a settled drawdown of the
# fund or its balance: `other`, fy 2023 (the page's `令和5年度`), traps (NEW, arguable for the per-use and per-project
# figures: they name what the money went to, but they are the fund's applied sums after the year, not a programme's budget
# of a year: fresh18c kept settled drawdowns `other`). `2021年グッドデザイン賞` a date 2021 (arguable: a year in an award's
# name); `波佐見150選` a name; the update `2024年07月09日` a date.
O = "other"


def used(line: int, text: str, yen: int, what: str) -> dict:
    return trap(amt(line, text, yen, role=O, fy=2023), what, "a fund's settled drawdown")


M = [
    fyr(1, "令和5年度", 2023),
    date(2, "2024年07月09日", "2024-07-09"),
    fyr(3, "令和5年度", 2023),
    used(5, "140,000,000円", 140000000, "ふるさとを元気に楽しくする活動に関する事業 活用額"),
    used(6, "4,200,000円", 4200000, "伝統文化の保存、整備 活用額"),
    used(7, "122,150,000円", 122150000, "景観、町並み整備 活用額"),
    used(8, "192,898,000円", 192898000, "子供たちの健全育成 活用額"),
    used(9, "294,852,000円", 294852000, "その他町長が必要と認める事業 活用額"),
    fyr(10, "令和5年度", 2023),
    used(10, "754,100,000円", 754100000, "令和5年度中の活用額(取崩額)"),
    fyr(11, "令和5年度", 2023),
    trap(amt(11, "2,098,668,185円", 2098668185, role=O, fy=2023), "ふるさとづくり応援基金 令和5年度末残高", "a fund balance"),
    date(13, "2021年", "2021"),
    used(16, "14,000,000円", 14000000, "地方創生推進事業 充当金額"),
    used(22, "4,200,000円", 4200000, "伝統文化の保存整備業務 充当金額"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
