from kinds import amt, date, fyr, pct, trap, traps

DOC = "env_h20_hozen_gaisan"
# 環境省's press release (2007年10月12日) of the 平成20年度 環境保全経費 概算要求 (`要求・要望額`): requested figures
# budget FY2008. The total `2兆6,382億円` (twice) a trap; `4,052億円` (twice) and `3,884億円` increases `other`, traps;
# `平成19年度当初予算額2兆2,330億円` previous_budget FY2007 (the base re-cut to the new scope), a trap; the already
# published `"平成19年度環境保全経費"当初予算額、2兆949億円` previous_budget FY2007 (the old scope), a trap; the total on the
# old basis `従来ベースでの平成20年度要求・要望の総額は、2兆4,834億円` budget FY2008, a trap. NEW, arguable: the double-
# quoted `"平成19年度環境保全経費"` (twice on line 15) is the name of a published figure, no fiscal_year mention (GUIDE's
# quoted titles); the unquoted `平成19年度当初予算額` on the same line is one. The legend `20年度(上記に係る平成19年度当初
# 予算額)` (era-less `20年度` no mention) sets `7,751億円 (6,292億円)`: an AMBIGUOUS row (a 施策体系 class, as env_h31's)
# with its previous year. The last line `・・・6,202億` is cut by the length limit: no mention (fresh24b's cut figures).
B, P, O, FY = "budget", "previous_budget", "other", 2008
M = [
    date(3, "2007年10月12日", "2007-10-12"),
    fyr(5, "平成20年度", FY), fyr(6, "平成20年度", FY),
    fyr(7, "平成20年度", FY), trap(amt(7, "2兆6,382億円", 2638200000000, fy=FY), "要求・要望額の総額", "the envelope's total"),
    fyr(7, "平成19年度", 2007), trap(amt(7, "4,052億円", 405200000000, role=O, fy=FY), "に比べ…増", "an increase"),
    pct(7, "18.1%", 18.1),
    fyr(11, "平成20年度", FY),
    fyr(12, "平成20年度", FY), trap(amt(12, "2兆6,382億円", 2638200000000, fy=FY), "要求・要望の総額", "the envelope's total"),
    fyr(13, "平成19年度", 2007),
    trap(amt(13, "2兆2,330億円", 2233000000000, role=P, fy=2007), "平成19年度当初予算額", "the previous year's total"),
    trap(amt(13, "4,052億円", 405200000000, role=O, fy=FY), "比較すると…増", "an increase"), pct(13, "18.1%", 18.1),
    fyr(15, "平成19年度", 2007),
    trap(amt(15, "2兆949億円", 2094900000000, role=P, fy=2007), "既に公表した当初予算額", "the previous year's total (old scope)"),
    fyr(15, "平成20年度", FY),
    trap(amt(15, "2兆4,834億円", 2483400000000, fy=FY), "従来ベースでの総額", "the envelope's total on the old scope"),
    trap(amt(15, "3,884億円", 388400000000, role=O, fy=FY), "と比して…増", "an increase"), pct(15, "18.5%", 18.5),
    fyr(17, "平成19年度", 2007),
    amt(20, "7,751億円", 775100000000, fy=FY),
    trap(amt(20, "6,292億円", 629200000000, role=P, fy=2007), "(平成19年度当初予算額)", "a row's previous year (its previous_budget_yen)"),
]
ROWS = [
    dict(line=20, text="7,751億円", budget_yen=775100000000, previous_budget_yen=629200000000, fy=FY, program="地球環境の保全",
         role=B, ministry="環境省", ambiguous=True, why="a 施策体系 class with its request and its previous year in brackets",
         note="a class of many ministries' works (fresh24b's envelopes)"),
]
NOT_ROWS = traps(M)
