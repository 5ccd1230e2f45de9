from kinds import amt, date, fyr, pct, trap, traps

DOC = "env_h31_hozen_gaisan"
# 環境省's press release of the 平成31年度 環境保全経費 概算要求 (the cross-ministry envelope of environmental
# spending): every requested figure budget FY2019 (fresh8a: a request is the budget of the requested year). The
# envelope's total `2兆1,149億円` (twice) a trap; `1,972億円` (written `+1,972億円`) an increase, `other`, a trap;
# `平成30年度当初予算の総額:1兆9,177億円` previous_budget FY2018, a trap. The column legend on line 13 names both years
# (two fiscal_year mentions). `(1)地球環境の保全…7,062億円` a 施策体系 class of many ministries' works: an AMBIGUOUS row
# (fresh24b's envelopes of many works); the text is cut before its bracketed previous year. The quoted title
# `「平成31年度環境保全経費の見積りの方針の調整の基本方針」` holds no mention (GUIDE: quoted titles); its
# publication date `平成30年8月9日` is a date. `第4条第1項第3号` a law article (no mention).
B, P, O, FY = "budget", "previous_budget", "other", 2019
M = [
    fyr(2, "平成31年度", FY), trap(amt(2, "2兆1,149億円", 2114900000000, fy=FY), "概算要求の総額", "the envelope's total"),
    fyr(2, "平成30年度", 2018), pct(2, "10.3%", 10.3),
    trap(amt(2, "1,972億円", 197200000000, role=O, fy=FY), "増", "an increase"),
    date(6, "平成30年8月9日", "2018-08-09"),
    fyr(9, "平成31年度", FY),
    fyr(10, "平成31年度", FY), trap(amt(10, "2兆1,149億円", 2114900000000, fy=FY), "概算要求の総額", "the envelope's total"),
    pct(10, "10.3%", 10.3), trap(amt(10, "1,972億円", 197200000000, role=O, fy=FY), "+N億円", "an increase"),
    fyr(11, "平成30年度", 2018),
    trap(amt(11, "1兆9,177億円", 1917700000000, role=P, fy=2018), "平成30年度当初予算の総額", "the previous year's total"),
    fyr(13, "平成31年度", FY), fyr(13, "平成30年度", 2018),
    amt(14, "7,062億円", 706200000000, fy=FY),
]
ROWS = [
    dict(line=14, text="7,062億円", budget_yen=706200000000, fy=FY, program="地球環境の保全", role=B, ministry="環境省",
         ambiguous=True, why="a 施策体系 class of the envelope under the column legend `平成31年度概算要求額`",
         note="a class of many ministries' works (fresh24b's envelopes)"),
]
NOT_ROWS = traps(M)
