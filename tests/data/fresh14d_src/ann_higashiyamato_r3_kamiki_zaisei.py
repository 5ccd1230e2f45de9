from kinds import amt, date, fyr, pct, trap, traps

DOC = "higashiyamato_r3_kamiki_zaisei"
# 東大和市's first-half page (令和3年度上半期). The general account's 当初予算額 and 9月30日's 予算現額 `budget` FY2021,
# account totals, traps; the 市債 balance and the fund balance `other` FY2021 with `approx` (`約`), traps. `4月から9月まで`
# two points (GUIDE: the two ends of `XからYまで`) of 2021. `平成2年度決算の繰越金` is written 平成2年度 (1990; surely a
# slip for 令和2年度): the year as written (NEW, arguable). Areas in 平方メートル, `401 KB`: no mentions.
B, O, FY = "budget", "other", 2021
A = "an account's total (an account is not a programme)"
M = [
    date(1, "4月", "2021-04"), date(1, "9月", "2021-09"),
    fyr(3, "令和3年度", FY),
    trap(amt(3, "317億4,900万円", 31749000000, fy=FY), "一般会計当初予算額", A),
    date(3, "9月30日", "2021-09-30"),
    trap(amt(3, "366億3,495万2,000円", 36634952000, fy=FY), "9月30日現在の予算現額", A),
    pct(3, "46.4%", 46.4), pct(3, "36.1%", 36.1),
    date(5, "9月30日", "2021-09-30"),
    trap(amt(5, "約263億3,000万円", 26330000000, role=O, fy=FY, q=("approx",)), "市債の残高", "a debt balance"),
    fyr(7, "平成2年度", 1990),
    trap(amt(7, "約66億4,000万円", 6640000000, role=O, fy=FY, q=("approx",)), "基金残高", "a fund balance"),
    fyr(12, "令和3年度", FY),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
