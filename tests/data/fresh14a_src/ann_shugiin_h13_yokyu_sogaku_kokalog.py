from kinds import amt, cnt, date, fyr, trap, traps

DOC = "shugiin_h13_yokyu_sogaku_kokalog"
# kokalog.net's search page for 「要求額総額」: the first hit (衆議院 議院運営委員会庶務小委員会, 2000-08-08) is the
# House's own request, `十三年度要求額総額は六百九十二億二千万円` (the House's whole request: budget, a total of an organ,
# a trap as a ministry's total) and `前年度比の減額が三十五億一千百万円` (a change: other, a trap); line 3 repeats it.
# `十三年度` has no era: no fiscal-year mention, but it sets the figures' fy 2001 (fresh11b). Other hits follow without
# headers: 防衛施設庁's `昭和六十年度の概算要求額総額…百六十六億九千三百万円` for 三沢飛行場's 提供施設整備 (one
# programme's request: budget FY1985, a row, fresh's komutai request call), `二百四十戸` (counts), 大蔵省's `五十六年度の財政投融資
# の要求額総額は二十二兆四千七百三十六億円` (the whole FILP request: a total, a trap; `五十六年度` sets fy 1981), and a cut
# `要求額総額は九十一億一千五百九十二万三千円` whose body the text does not name (budget, fy null, a trap).
# `八月三十一日までに` a deadline: null..2000-08-31, at_most (GUIDE).
B, O = "budget", "other"
TOT = "an organ's whole request, a total like a ministry's (fresh12d)"
M = [date(1, "2000-08-08", "2000-08-08")]
for ln in (2, 3):
    M += [
        trap(amt(ln, "六百九十二億二千万円", 69220000000, fy=2001), "衆議院 十三年度要求額総額", TOT),
        trap(amt(ln, "三十五億一千百万円", 3511000000, role=O, fy=2001), "前年度比の減額",
             "a change against the year before (fresh10b)"),
        date(ln, "八月三十一日", None, "2000-08-31", q=("at_most",)),
    ]
M += [
    fyr(4, "昭和六十年度", 1985),
    amt(4, "百六十六億九千三百万円", 16693000000, fy=1985),
    cnt(4, "二百四十戸", 240, "戸"), cnt(4, "二百四十戸", 240, "戸"),
    trap(amt(5, "二十二兆四千七百三十六億円", 22473600000000, fy=1981), "五十六年度 財政投融資の要求額総額",
         "the whole plan's request, a total over every programme"),
    trap(amt(6, "九十一億一千五百九十二万三千円", 9115923000), "要求額総額 (要求した機関は抜粋外)",
         "a request total whose body and programme the stored text does not name"),
]
ROWS = [
    dict(line=4, text="百六十六億九千三百万円", budget_yen=16693000000, fy=1985, program="三沢飛行場 提供施設整備",
         role=B, ministry="防衛施設庁",
         why="`三沢飛行場におきます提供施設整備の計画…昭和六十年度の概算要求額総額…百六十六億九千三百万円`: one programme's request"),
]
NOT_ROWS = traps(M)
