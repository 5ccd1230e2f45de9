from kinds import amt, cnt, dur, fyr, trap, traps

DOC = "tottori_h19_seisan_shinko"
# 鳥取県's budget-database sheet, 平成19年度, 生産振興推進事業, at the 課長調整2 stage: an ADJUSTMENT request (`要求額:665千円`,
# its 課長査定 `計上額:665千円`) that adds the cost of a part-time worker to the programme. The programme's own figure is
# the cost table's `19年度予算計上額` 事業費 `11,472千円` (budget FY2007, the row; no previous year on the page); the
# `19年度予算要求額` cells `other` (request); 人件費 / トータルコスト `other` (dev10c). The adjustment and its assessment are
# PARTS of the programme (NEW: a 課長調整 sheet's `要求額` / `計上額` beside the programme's total are `other`, traps; the
# 既査定額 `10,807` is a bare cell). The 所要経費 formula: every `N千円` `other` FY2007; `月額 130千円` per month; the
# `通勤割増 15千円×12月` per month too (fresh20d: `×12月` makes a figure monthly); `×12月` durations of 12 months (fresh20d).
# Staff `5.49人` … and `0.25人役` counts (unit `人役` as written), `正職員1名` a count.
O, FY = "other", 2007


def o(line: int, text: str, v: int, per: str | None = None) -> dict:
    return amt(line, text, v, role=O, fy=FY, per=per)


M = [
    fyr(1, "平成19年度", FY), fyr(2, "平成19年度", FY),
    amt(12, "11,472千円", 11472000, fy=FY),
    trap(o(12, "42,555千円", 42555000), "人件費(B)", "a kind of expense"),
    trap(o(12, "54,027千円", 54027000), "トータルコスト(A+B)", "a cost measure adding staff cost"),
    cnt(12, "5.49人", 5.49, "人"), cnt(12, "0.59人", 0.59, "人"), cnt(12, "1.00人", 1.0, "人"),
    trap(o(13, "11,472千円", 11472000), "19年度予算要求額 事業費", "the request, an earlier stage"),
    o(13, "44,723千円", 44723000), o(13, "56,195千円", 56195000),
    cnt(13, "5.54人", 5.54, "人"), cnt(13, "0.67人", 0.67, "人"), cnt(13, "1.00人", 1.0, "人"),
    trap(o(15, "665千円", 665000), "調整要求額", "an adjustment adding a part to the programme"),
    trap(o(16, "665千円", 665000), "調整の課長査定 計上額", "the assessed adjustment, a part of the programme"),
    fyr(20, "平成19年度", FY), cnt(21, "1名", 1, "名"), cnt(22, "0.25人役", 0.25, "人役"),
    trap(o(27, "2,063千円", 2063000), "非常勤1人の年額", "a unit cost in the formula"),
    o(27, "515千円", 515000),
    o(28, "1,805千円", 1805000), o(28, "130千円", 130000, per="month"), dur(28, "12月", 12, "month"),
    o(28, "1,560千円", 1560000), o(28, "31千円", 31000), o(28, "34千円", 34000), o(28, "65千円", 65000),
    o(28, "15千円", 15000, per="month"), dur(28, "12月", 12, "month"), o(28, "180千円", 180000),
    o(28, "258千円", 258000), o(28, "1,805千円", 1805000),
    o(29, "150千円", 150000),
]
ROWS = [dict(line=12, text="11,472千円", budget_yen=11472000, fy=FY, program="生産振興推進事業", role="budget",
             why="the cost table's `19年度予算計上額` 事業費: the programme's adopted figure",
             note="the sheet's `要求額:665千円` is an adjustment added to it, not the programme's figure")]
NOT_ROWS = traps(M)
