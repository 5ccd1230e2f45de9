from kinds import amt, cnt, date, dur, fyr, trap, traps

DOC = "yoshika_onohara_undo_hiroba_shitei_kanri"
# 自治労's self-study report on 島根県吉賀町's sports ground 大野原運動交流広場 under a private designated manager: opening
# and start dates, the agreement's term (`協定年数:5年`), users per year (`2007年度6,466人` …) and the fee income the
# manager keeps (`利用料金収入:2007年度3,507千円` …: `other`, a result, with its year's fy from the figure's own `N年度`).
# No rows; the three incomes are traps. The manager's founding and staff (`28人`) counted as written; `969番地`, the
# area `100,875m2` no mentions; `1996年(平成8年)3月` one date (GUIDE: era and Gregorian together).
O = "other"
INC = "the designated manager's fee income, a result"
M = [
    dur(2, "7年", 7, "year"),
    date(8, "1996年(平成8年)3月", "1996-03"),
    date(12, "2007年4月1日", "2007-04-01"),
    dur(13, "5年", 5, "year"),
    fyr(15, "2007年度", 2007), cnt(15, "6,466人", 6466, "人"),
    fyr(15, "2008年度", 2008), cnt(15, "7,147人", 7147, "人"),
    fyr(15, "2009年度", 2009), cnt(15, "8,058人", 8058, "人"),
    fyr(16, "2007年度", 2007), trap(amt(16, "3,507千円", 3507000, role=O, fy=2007), "利用料金収入 2007年度", INC),
    fyr(16, "2008年度", 2008), trap(amt(16, "3,556千円", 3556000, role=O, fy=2008), "利用料金収入 2008年度", INC),
    fyr(16, "2009年度", 2009), trap(amt(16, "4,030千円", 4030000, role=O, fy=2009), "利用料金収入 2009年度", INC),
    date(19, "2000年(平成12年)5月", "2000-05"),
    cnt(20, "28人", 28, "人"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
