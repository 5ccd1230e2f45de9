from kinds import amt, date, fyr, pct, trap, traps

DOC = "env_h16_hozen_gaisan"
# 環境省's press release (平成15年9月30日) of the 平成16年度 環境保全経費 概算要求: requested figures budget FY2004.
# The envelope's total `2兆9,645億円` (twice) a trap, `2,222億円` (twice) an increase `other`, a trap; `平成15年度当初予算
# 額(2兆7,423億円)` previous_budget FY2003, a trap. The legend `16年度 (15年度当初予算額)` is era-less (no mentions,
# fresh4) but, with `平成16年度` / `平成15年度` written above, sets the pairs `6,770億円(  7,211億円)` and
# `2,807億円(  2,371億円)`: budget FY2004 with previous_budget FY2003 (GUIDE `X（Y）`). The 施策体系 classes are
# AMBIGUOUS rows (as env_h31's), their brackets carried as previous_budget_yen. The page's title line
# `平成16年度環境保全経費概算要求額について` is a page title, its fiscal year a mention (fresh25b's page furniture).
B, P, O, FY = "budget", "previous_budget", "other", 2004
M = [
    date(1, "平成15年9月30日", "2003-09-30"),
    fyr(3, "平成16年度", FY), fyr(4, "平成16年度", FY),
    fyr(5, "平成16年度", FY), trap(amt(5, "2兆9,645億円", 2964500000000, fy=FY), "概算要求の総額", "the envelope's total"),
    trap(amt(5, "2,222億円", 222200000000, role=O, fy=FY), "前年度当初予算額に比べ…増", "an increase"), pct(5, "8.1%", 8.1),
    fyr(9, "平成16年度", FY),
    trap(amt(10, "2兆9,645億円", 2964500000000, fy=FY), "概算要求額の総額", "the envelope's total"),
    fyr(11, "平成15年度", 2003),
    trap(amt(11, "2兆7,423億円", 2742300000000, role=P, fy=2003), "平成15年度当初予算額", "the previous year's total"),
    trap(amt(11, "2,222億円", 222200000000, role=O, fy=FY), "増額", "an increase"), pct(11, "8.1%", 8.1),
    amt(14, "6,770億円", 677000000000, fy=FY),
    trap(amt(14, "7,211億円", 721100000000, role=P, fy=2003), "(15年度当初予算額)", "a row's previous year (its previous_budget_yen)"),
    amt(18, "2,807億円", 280700000000, fy=FY),
    trap(amt(18, "2,371億円", 237100000000, role=P, fy=2003), "(15年度当初予算額)", "a row's previous year (its previous_budget_yen)"),
]
ROWS = [
    dict(line=14, text="6,770億円", budget_yen=677000000000, previous_budget_yen=721100000000, fy=FY, program="地球環境の保全",
         role=B, ministry="環境省", ambiguous=True, why="a 施策体系 class with its request and `(15年度当初予算額)`",
         note="a class of many ministries' works (fresh24b's envelopes)"),
    dict(line=18, text="2,807億円", budget_yen=280700000000, previous_budget_yen=237100000000, fy=FY, program="大気環境の保全",
         role=B, ministry="環境省", ambiguous=True, why="a 施策体系 class with its request and `(15年度当初予算額)`",
         note="a class of many ministries' works (fresh24b's envelopes)"),
]
NOT_ROWS = traps(M)
