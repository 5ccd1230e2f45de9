from kinds import amt, cnt, date, fyr, pct, trap, traps

DOC = "nose_h21_shimoki_zaisei"
# 能勢町's second-half report (平成21年度, at 平成22年3月末). The general account's 現計予算額 `budget` FY2009 and its part
# carried over from 平成20年度 `budget` FY2009 (fresh11a 浦幌町's `うち繰越明許費予算`): account totals, traps. The special
# accounts' 収入済額 / 執行済額 `other`, traps. The two programmes named with the money carried into the year's budget
# (`定額給付金交付事業(2億767万5千円)`, `地域活性化・生活対策交付金事業(1億52万3千円)`): rows, `budget` FY2009, ambiguous
# with fy_alt 2008 (NEW, arguable: a programme's budget carried over (繰越) from the year before; the row's year is the
# year whose current budget holds it, as 浦幌町's part; a reader may give 2008, the year it was voted, or drop them as
# carry-overs). `6月定例会` the June 2009 session (a date of that year: NEW, arguable, an event of this year, not a
# recurring one). `(4月1日から5月31日まで)` defines the 出納整理期間 of any year: no date (fresh11a's recurring schedule).
# `平成19年度より` a point (GUIDE: より gives a point). `本館1階` a floor; `更新日:2017年06月30日` a date.
B, O, FY = "budget", "other", 2009
A = "an account's total (an account is not a programme)"
M = [
    fyr(1, "平成21年度", FY), date(2, "平成22年3月", "2010-03"),
    cnt(3, "2回", 2, "回"), fyr(3, "平成21年度", FY), date(3, "平成22年3月", "2010-03"), date(3, "6月", "2009-06"),
    trap(amt(3, "50億2,199万8千円", 5021998000, fy=FY), "一般会計 現計予算額", A),
    fyr(3, "平成20年度", 2008),
    trap(amt(3, "3億2,896万7千円", 328967000, fy=FY), "うち平成20年度からの繰越額",
         "the carried-over part of the account's budget (繰越), not a programme"),
    cnt(4, "7会計", 7, "会計"),
    trap(amt(4, "30億1,533万9千円", 3015339000, role=O, fy=FY), "特別会計 収入済額 (7 accounts)", "revenue received"),
    trap(amt(4, "29億658万9千円", 2906589000, role=O, fy=FY), "特別会計 執行済額", "expenditure paid (執行額)"),
    pct(4, "91.3%", 91.3), pct(4, "88.0%", 88.0), fyr(4, "平成19年度", 2007),
    fyr(5, "平成21年度", FY),
    fyr(6, "平成20年度", 2008), fyr(6, "平成20年度", 2008),
    amt(6, "2億767万5千円", 207675000, fy=FY), amt(6, "1億52万3千円", 100523000, fy=FY),
    date(13, "2017年06月30日", "2017-06-30"),
]
W = ("a programme named with its money in the year's current budget (carried over from 平成20年度 into 平成21年度's "
     "現計予算, as 浦幌町's 繰越明許費 part)")
N = "a carry-over: the year may be read as 2008 (voted) or 2009 (the current budget that holds it)"
ROWS = [
    dict(line=6, text="2億767万5千円", fy=FY, budget_yen=207675000, program="定額給付金交付事業", why=W, role=B,
         ambiguous=True, note=N, fy_alt=[2008]),
    dict(line=6, text="1億52万3千円", fy=FY, budget_yen=100523000, program="地域活性化・生活対策交付金事業",
         aliases=["地域活性化・生活対策交付金"], why=W, role=B, ambiguous=True, note=N, fy_alt=[2008]),
]
NOT_ROWS = traps(M)
