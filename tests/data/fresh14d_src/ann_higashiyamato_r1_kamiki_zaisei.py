from kinds import amt, cnt, date, fyr, pct, trap, traps

DOC = "higashiyamato_r1_kamiki_zaisei"
# 東大和市's first-half page of 平成31年度 (令和元年度): the six accounts' combined 予算現額, the general account's 当初予算額
# and 予算現額 (`budget` FY2019, account totals, traps); the 市債 balance `約…` (`other`, approx, a trap); table 1's rows
# `会計名 予算現額 収入済額 支出済額 収入率 執行率` with `N億N万N千円` cells (units in the cells: mentions): each account's
# 予算現額 `budget` FY2019 (an account's total, a trap), its 収入済額 / 支出済額 `other` (traps). The last row is cut by the
# length limit after `75` (a bare number: no mention). `平成31年4月~令和元年9月` one date range; `5つ` a count;
# `平成30年度繰越事業費` FY2018; `B/A×100` a formula (no mention).
B, O, FY = "budget", "other", 2019
A = "an account's total (an account is not a programme)"
M = [
    date(1, "平成31年4月~令和元年9月", "2019-04", "2019-09"),
    cnt(3, "5つ", 5, "つ"), date(3, "9月30日", "2019-09-30"), fyr(3, "平成30年度", 2018),
    trap(amt(3, "538億3,265万9,000円", 53832659000, fy=FY), "一般会計と5つの特別会計の予算現額の合計", A),
    fyr(5, "平成31年度", FY),
    trap(amt(5, "310億1,100万円", 31011000000, fy=FY), "一般会計当初予算額", A),
    date(5, "9月30日", "2019-09-30"),
    trap(amt(5, "330億8,178万2,000円", 33081782000, fy=FY), "一般会計 9月30日現在の予算現額", A),
    date(10, "9月30日", "2019-09-30"),
    trap(amt(10, "281億5,706万4,000円", 28157064000, role=O, fy=FY, q=("approx",)), "市債の残高", "a debt balance"),
    date(16, "9月30日", "2019-09-30"),
]
for ln, acct, bud, bv, rec, rv, pay, pv, p1, p2 in [
    (27, "一般会計", "330億8,178万2千円", 33081782000, "154億4,425万1千円", 15444251000, "114億8,851万4千円", 11488514000, 46.7, 34.7),
    (28, "国民健康保険事業特別会計", "89億9,339万9千円", 8993399000, "33億6,859万円", 3368590000, "31億4,864万6千円",
     3148646000, 37.5, 35.0),
    (29, "下水道事業特別会計", "20億8,242万2千円", 2082422000, "5億8,238万4千円", 582384000, "8億4,135万3千円", 841353000, 28.0, 40.4),
    (30, "土地区画整理事業特別会計", "4,952万円", 49520000, "1,366万1千円", 13661000, "2,107万円", 21070000, 27.6, 42.5),
]:
    M += [
        trap(amt(ln, bud, bv, fy=FY), f"{acct} 予算現額", A),
        trap(amt(ln, rec, rv, role=O, fy=FY), f"{acct} 収入済額", "revenue received"),
        trap(amt(ln, pay, pv, role=O, fy=FY), f"{acct} 支出済額", "expenditure paid (執行額)"),
        pct(ln, f"{p1}%", p1), pct(ln, f"{p2}%", p2),
    ]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
