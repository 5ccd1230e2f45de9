from kinds import amt, cnt, date, dur, pct, trap, traps

DOC = "nihon1_h28_seiji_shikin_kohyo"
# A regional paper's report (nihon1.jp, dated `2017年11月30日付`) of a prefecture's 県選挙管理委員会 publishing the
# 政治資金収支報告書 of `28年分` (平成28 = 2016, calendar-year accounts): 収入総額 / 支出総額 of all political bodies, of
# parties and of the others, each with its change on the year. Every figure is a political body's settled money of the
# report's year: `other`, fy 2016 (the report's year: a political body's accounts run by calendar year), a trap; the
# changes (`同783万4,000円` …) too. `15億7,210万円余` at_least (fresh7a's `余`). `28年分`, `27年`, `28年` era-less years:
# no mentions; `30日` the dateline's day; `30日までに` a deadline (at_most); `12月末` of 昨年 → 2016-12 (text `12月`:
# fresh14d's `末` left out); `3年連続` a duration of 3 years; `1.1ポイント` no mention; the cut `収入額1,000` bare.
O, Y = "other", 2016


def T(r: dict) -> dict:
    return trap(r, "a political body's settled income / expense total or its change (政治資金収支報告)",
                "political funds of the report's year, no programme's budget")


M = [
    date(1, "2017年11月30日", "2017-11-30"),
    pct(2, "3.1%", 3.1),
    cnt(4, "775団体", 775, "団体"),
    date(5, "30日", "2017-11-30"), pct(5, "3.1%", 3.1),
    T(amt(5, "15億7,210万円", 1572100000, None, role=O, fy=Y, q=("at_least",))),
    dur(5, "3年", 3, "year"),
    date(6, "12月", "2016-12"), cnt(6, "14団体", 14, "団体"), date(6, "30日", None, "2017-11-30", q=("at_most",)),
    cnt(6, "124団体", 124, "団体"), cnt(6, "5団体", 5, "団体"), cnt(6, "651団体", 651, "団体"), cnt(6, "9団体", 9, "団体"),
    cnt(7, "775団体", 775, "団体"),
    T(amt(7, "15億7,210万7,000円", 1572107000, role=O, fy=Y)),
    T(amt(7, "5,014万円", 50140000, role=O, fy=Y)),
    pct(7, "3.1%", 3.1), dur(7, "3年", 3, "year"),
    T(amt(7, "783万4,000円", 7834000, role=O, fy=Y)), pct(7, "0.9%", 0.9),
    T(amt(7, "9億387万4,000円", 903874000, role=O, fy=Y)),
    T(amt(7, "5,797万5,000円", 57975000, role=O, fy=Y)), pct(7, "8%", 8),
    T(amt(7, "6億6,823万2,000円", 668232000, role=O, fy=Y)),
    cnt(8, "5団体", 5, "団体"), cnt(8, "4団体", 4, "団体"), cnt(8, "6団体", 6, "団体"), cnt(8, "3団体", 3, "団体"),
    T(amt(9, "10億4,958万6,000円", 1049586000, role=O, fy=Y)),
    T(amt(9, "7,580万3,000円", 75803000, role=O, fy=Y)),
    pct(9, "1.1%", 1.1), pct(9, "6.7%", 6.7),
    T(amt(9, "1,437万6,000円", 14376000, role=O, fy=Y)), pct(9, "2.2%", 2.2),
    T(amt(9, "6億3,621万7,000円", 636217000, role=O, fy=Y)),
    T(amt(9, "6,142万7,000円", 61427000, role=O, fy=Y)), pct(9, "12.9%", 12.9),
    T(amt(9, "4億1,336万9,000円", 413369000, role=O, fy=Y)),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
