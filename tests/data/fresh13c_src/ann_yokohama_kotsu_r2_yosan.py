from kinds import amt, cnt, date, dur, fyr, trap, traps

DOC = "yokohama_kotsu_r2_yosan"
# 横浜市交通局 令和2年度予算について: the budget of two undertakings told by their budgeted results only (`自動車事業では、
# 営業損益を1億100万円、経常損益を3,800万円の黒字とし`, 高速鉄道事業 `73億8,200万円`, `73億700万円`): profits and balances
# planned in the budget are `other` (fresh7a 広島市 `純利益`, `収支差引`), FY2020 (the page's `令和2年度予算`), traps (no
# programme's appropriation). `1日に100万人を超える` a count with `超える` (at_least, 1,000,000..null: a floor leaves
# max open; blind audit: was 1,000,000..1,000,000; `1日に` a rate marker, no mention: fresh7b); `平成30年度決算まで`
# an end (null..2018, at_most); `9年連続` a duration; `令和3年4月` a date; `100周年` an
# anniversary (no mention); `次の100年` a duration (GUIDE). `最終更新日 2020年3月25日` a date. The `令和2年度` inside the
# quoted document names `「令和2年度交通局予算概要」` (line 12) and `「令和2年度交通局` (line 13, cut) are no mentions (GUIDE:
# quoted titles; fresh9b, fresh11c; blind audit: removed); the unquoted heading and sentences (lines 2, 4-7) count.
O = "other"
FY = 2020
P = ("a budgeted profit of an undertaking (営業損益 / 経常損益)", "a planned balance of the account, not an appropriation")
M = [
    fyr(2, "令和2年度", 2020), date(3, "2020年3月25日", "2020-03-25"), fyr(4, "令和2年度", 2020),
    fyr(5, "令和2年度", 2020), fyr(6, "令和2年度", 2020), fyr(7, "令和2年度", 2020),
    cnt(8, "100万人", 1000000, "人", None, q=("at_least",)),
    fyr(9, "平成30年度", None, 2018, q=("at_most",)), dur(9, "9年", 9, "year"),
    date(10, "令和3年4月", "2021-04"), dur(10, "100年", 100, "year"),
    trap(amt(11, "1億100万円", 101000000, role=O, fy=FY), *P), trap(amt(11, "3,800万円", 38000000, role=O, fy=FY), *P),
    trap(amt(11, "73億8,200万円", 7382000000, role=O, fy=FY), *P), trap(amt(11, "73億700万円", 7307000000, role=O, fy=FY), *P),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
