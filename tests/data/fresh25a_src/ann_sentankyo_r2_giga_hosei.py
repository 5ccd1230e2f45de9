from kinds import amt, date, fyr

DOC = "sentankyo_r2_giga_hosei"
# 先端教育 (sentankyo.jp) on 文部科学省's GIGA スクール構想 in the 2020年度補正予算案 (one programme and one of its parts).
# Every figure is supplementary_budget FY2020 (line 2's `2020年度補正予算案` labels the article, GUIDE; `予算案` no draft).
# `2292億円` the programme's row; `1951億円` for the `児童1人1台コンピュータ` part a child row; the headline's rounded
# `約2300億円` restates `2292億円`: an AMBIGUOUS row (fresh10b's headline `待機児童対策124億円`, fresh24a's sub-headlines).
# `4月7日` 2020-04-07; `2023年度` (a target year) and `2020年度中` (中 dropped, as 末) fiscal years; `児童1人1台コンピュータ`
# a name, `小1`, `中3` grades, `Society5.0` a name: no mentions.
S, FY = "supplementary_budget", 2020
M = [
    amt(1, "2300億円", 230000000000, role=S, fy=FY, q=("approx",)),
    fyr(2, "2020年度", FY), date(2, "4月7日", "2020-04-07"), amt(2, "2292億円", 229200000000, role=S, fy=FY),
    fyr(7, "2023年度", 2023), amt(7, "1951億円", 195100000000, role=S, fy=FY), fyr(7, "2020年度", FY),
]
P = "GIGAスクール構想の加速による学びの保障"
ROWS = [
    dict(line=2, text="2292億円", budget_yen=229200000000, fy=FY, program=P, role=S, ministry="文部科学省",
         aliases=["GIGAスクール構想"], why="`「name」に N円を計上` in the 2020年度補正予算案"),
    dict(line=7, text="1951億円", budget_yen=195100000000, fy=FY, program="児童1人1台コンピュータの整備", role=S,
         ministry="文部科学省", why="`…の整備を前倒しするため、今回N円の予算を計上` (a part of the programme)"),
    dict(line=1, text="2300億円", budget_yen=230000000000, fy=FY, program=P, role=S, ministry="文部科学省",
         ambiguous=True, note="headline rounding of the body's 2292億円",
         why="headline `GIGAスクール構想加速に約2300億円計上`"),
]
NOT_ROWS: list = []
