from kinds import amt, date, dur, fyr, pct, trap, traps

DOC = "ndl_r4_gaisan_kokalog"
# kokalog.net's search page for 「予算額——」 over the Diet's minutes: the first hit (衆議院 議院運営委員会図書館運営小委員会,
# 2021-08-24) is 国立国会図書館's request, `令和四年度予算概算要求額は、二百五億三千四百万円` (the library's whole request:
# budget FY2022 as a request is (fresh's komutai call), but the total of an organ, as a ministry's total: a trap, fresh12d)
# and `令和三年度予算額と比較いたしますと、二億九千八百万円の増額` (the change: other, fy 2022, a trap, fresh10b); line 3
# repeats the hit. Other hits follow without their headers: an execution rate `三六・六%`, and a member's figures on a
# lending programme the text does not name (`予算額一兆五千二百三億円` budget, fy null, a trap: no programme to name;
# `一兆二百九十一億円貸し付けている` lent, `四千九百十二億円…余っています` left, `約二百億` and `四百億` increases:
# other, traps). Kanji numerals read as written (GUIDE); `N億` without 円 in a money sentence is an amount (fresh2, fresh4).
# Year-less months take the page's year (GUIDE): `八月まで` null..2021-08 at_most, `七月`, `八月`; `この一か月` a duration.
B, O, FY = "budget", "other", 2022
R = "a lending programme not named in the stored text: lent, left or increased sums are results, not a budget"
M = [
    date(1, "2021-08-24", "2021-08-24"),
]
for ln in (2, 3):
    M += [
        fyr(ln, "令和四年度", FY),
        trap(amt(ln, "二百五億三千四百万円", 20534000000, fy=FY), "国立国会図書館 令和4年度予算概算要求額 (全体)",
             "an organ's whole request, a total like a ministry's (fresh12d)"),
        fyr(ln, "令和三年度", 2021),
        trap(amt(ln, "二億九千八百万円", 298000000, role=O, fy=FY), "令和3年度予算額との比較 増額",
             "a change against the year before (fresh10b)"),
    ]
M += [
    pct(5, "三六・六%", 36.6),
    trap(amt(6, "一兆五千二百三億円", 1520300000000), "貸付の予算額 (制度名は抜粋外)",
         "the programme is not named in the stored text: no row can name it"),
    trap(amt(6, "一兆二百九十一億円", 1029100000000, role=O), "貸し付けた額", R),
    trap(amt(6, "四千九百十二億円", 491200000000, role=O), "残額", R),
    date(6, "八月", None, "2021-08", q=("at_most",)),
    dur(6, "一か月", 1, "month"),
    trap(amt(6, "二百億", 20000000000, role=O, q=("approx",)), "この一か月の増加", R),
    date(6, "七月", "2021-07"), date(6, "八月", "2021-08"),
    trap(amt(6, "四百億", 40000000000, role=O), "あと二か月の増加見込み", R),
    trap(amt(6, "四千九百十二億円", 491200000000, role=O), "残額 (repeat)", R),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
