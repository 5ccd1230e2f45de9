from kinds import amt, date, dur, fyr, pct, trap, traps

DOC = "idj_2008_oda_yosan_shoho"
# 国際開発ジャーナル (2008.3.5): the 2008年度 ODA budget. `一般会計予算ベースで07年度比4.0%減の7,001億7,300万円` (the government's
# general-account ODA budget over every ministry: `budget`, fy 2008, a trap: a total of a field across ministries, fresh3),
# `事業予算(ネット)ベース…9,349億7,200万円` (the net programme volume over accounts, loans' funds and bonds: `budget`, fy
# 2008, a trap, the same kind of total; arguable `other`), `円借款の回収金(08年度は5,763億6,600万円)` (the loans' repayments
# netted out: `other`, fy 2008 (`08年度` era-less, no mention, fixed by `2008年度`), a trap). `07年度`, `08年度`, `05年` are
# era-less (no mentions); `2000年度以降` 2000.. (at_least); `9年連続` a duration; the percents unsigned (`減` carries the sign,
# fresh6a / fresh8a). `基本方針2007`, `第4回`, `TICAD IV` names and ordinals; `5月`, `7月`, `10月` of 2008; `3年間`, `5年間`
# durations; `100億ドル` in dollars (no amount); `倍増` a fraction word.
B, O = "budget", "other"
M = [
    fyr(1, "2008年度", 2008), date(1, "2008.3.5", "2008-03-05"),
    pct(4, "5%", 5),
    fyr(5, "2008年度", 2008), pct(5, "4.0%", 4.0),
    trap(amt(5, "7,001億7,300万円", 700173000000, role=B, fy=2008), "2008年度 政府全体 一般会計ODA予算",
         "the government's ODA budget over every ministry: a total of a field, not one programme's budget"),
    fyr(5, "2000年度", 2000, None, q=("at_least",)), dur(5, "9年", 9, "year"),
    trap(amt(6, "9,349億7,200万円", 934972000000, role=B, fy=2008), "2008年度 ODA事業予算(ネット)",
         "the net ODA programme volume over accounts, loan funds and bonds: a total of a field, not a budget row"),
    pct(6, "5.0%", 5.0),
    trap(amt(6, "5,763億6,600万円", 576366000000, role=O, fy=2008), "08年度 円借款の回収金",
         "repayments of earlier loans netted out of the volume, not a budget"),
    date(8, "5月", "2008-05"), date(8, "7月", "2008-07"), date(8, "10月", "2008-10"),
    dur(9, "3年間", 3, "year"), dur(9, "5年間", 5, "year"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
