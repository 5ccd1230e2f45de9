from kinds import amt, cnt, dur, fyr, trap, traps

DOC = "tottori_h19_matsukui"
# 鳥取県's budget-database sheet, 平成19年度, 松くい虫等防除事業, 課長調整2 stage (as tottori_h19_seisan_shinko): the
# cost table's `19年度予算計上額` 事業費 `201,174千円` budget FY2007, the row; the request row `other`; the adjustment
# `要求額:2,063千円` and its `計上額` parts, `other`, traps. The staff table (`(当初要求の人役)` / `(見直し後の人役)`):
# every `N人` a count, the changes `(△1.00人)` -1, `(+1.00人)` 1, `(±0.00人)` 0 counts too (GUIDE's ▲/△ sign).
# The formula lines `other` FY2007 (`月額 130千円`, `15千円×12月` per month; `12月` durations); `(本人負担分 …14千円)`
# the worker's own share `other`. The text stops at `区分 事業費 財` (kept as stored).
O, FY = "other", 2007


def o(line: int, text: str, v: int, per: str | None = None) -> dict:
    return amt(line, text, v, role=O, fy=FY, per=per)


def pair(line: int, a: str, b: str) -> list:
    return [cnt(line, a, float(a[:-1]), "人"), cnt(line, b, float(b[:-1]), "人")]


M = [
    fyr(1, "平成19年度", FY), fyr(2, "平成19年度", FY),
    amt(12, "201,174千円", 201174000, fy=FY),
    trap(o(12, "19,497千円", 19497000), "人件費(B)", "a kind of expense"),
    trap(o(12, "220,671千円", 220671000), "トータルコスト(A+B)", "a cost measure adding staff cost"),
    cnt(12, "2.38人", 2.38, "人"), cnt(12, "2.14人", 2.14, "人"), cnt(12, "0.00人", 0.0, "人"),
    trap(o(13, "201,174千円", 201174000), "19年度予算要求額 事業費", "the request, an earlier stage"),
    o(13, "19,829千円", 19829000), o(13, "221,003千円", 221003000),
    cnt(13, "2.38人", 2.38, "人"), cnt(13, "2.14人", 2.14, "人"), cnt(13, "0.00人", 0.0, "人"),
    trap(o(15, "2,063千円", 2063000), "調整要求額", "an adjustment adding a part to the programme"),
    trap(o(16, "2,063千円", 2063000), "調整の課長査定 計上額", "the assessed adjustment, a part of the programme"),
    fyr(19, "平成19年度", FY), cnt(19, "1名", 1, "名"),
    *pair(24, "0.26人", "0.26人"), *pair(25, "0.31人", "0.31人"), *pair(26, "0.81人", "0.81人"),
    *pair(27, "2.00人", "1.00人"), cnt(27, "1.00人", -1.0, "人"),
    *pair(28, "3.38人", "2.38人"), cnt(28, "1.00人", -1.0, "人"),
    *pair(29, "1.14人", "2.14人"), cnt(29, "1.00人", 1.0, "人"),
    *pair(30, "4.52人", "4.52人"), cnt(30, "0.00人", 0.0, "人"),
    o(32, "2,063千円", 2063000),
    o(33, "1,805千円", 1805000),
    o(34, "130千円", 130000, per="month"), dur(34, "12月", 12, "month"), o(34, "1,560千円", 1560000),
    o(35, "31千円", 31000), o(35, "34千円", 34000), o(35, "65千円", 65000),
    o(36, "15千円", 15000, per="month"), dur(36, "12月", 12, "month"), o(36, "180千円", 180000),
    o(37, "258千円", 258000),
    o(38, "1,805千円", 1805000), o(38, "258千円", 258000),
    o(39, "1,805千円", 1805000), trap(o(39, "14千円", 14000), "本人負担分", "the worker's own share of a cost"),
]
ROWS = [dict(line=12, text="201,174千円", budget_yen=201174000, fy=FY, program="松くい虫等防除事業", role="budget",
             why="the cost table's `19年度予算計上額` 事業費: the programme's adopted figure",
             note="the sheet's `要求額:2,063千円` is an adjustment added to it")]
NOT_ROWS = traps(M)
