from kinds import amt, cnt, dur, fyr, trap, traps

DOC = "toyohashi_2018_saijo_pfi_rakusatsu_giin_blog"
# 愛知県豊橋市's award of its new 斎場 PFI (BTO), as a city councillor's blog restates and works through it (2018; the
# page's own text writes no date). `5 落札価格` / `6,698,319,906 円(税抜)` (the city's table quoted, `5` its item number): the
# winning bid, `other`, fy null, a trap; the space before `円` kept in `text` (fresh12a's spaced figures). `約67億円` and
# `この67億円` restate it (traps). `20年間(2021~41年度)` a duration and one fiscal-year range. The blogger's arithmetic:
# `1年あたり約3.3億円` (the bid spread over 20 years: `other`, per year, approx), `先ほどの3.3億円` (the same, per not written
# again: null), `年3億円ほど` (the city's net yearly cost: per year, approx; `ほど` as 程度), `1件あたり7万6千円ほど` (the cost
# per cremation: approx, no per of the GUIDE's), all `other`, fy null, traps (NEW: a contract's price restated per year and
# per use). `平成29年度全体で、約2500万円`: the 斎場's fees collected in FY2017 (a revenue): `other`, fy 2017 (the year on its
# line), approx, a trap. `約8万8千件` a count of 件 (compound 万 and 千). URLs (`37101.htm`, `seikatsu-eisei24`) no mentions.
O = "other"
M = [
    trap(amt(5, "6,698,319,906 円", 6698319906, role=O), "豊橋市斎場 PFI 落札価格 (税抜)",
         "the winning bid of a PFI contract, not a budget"),
    trap(amt(7, "67億円", 6700000000, role=O, q=("approx",)), "同 落札価格 (約67億円)", "the winning bid restated, not a budget"),
    trap(amt(10, "67億円", 6700000000, role=O), "同 落札価格 (設計・建設費と20年間の維持管理・運営費)",
         "the winning bid restated, not a budget"),
    dur(10, "20年間", 20, "year"), fyr(10, "2021~41年度", 2021, 2041),
    trap(amt(10, "3.3億円", 330000000, role=O, q=("approx",), per="year"), "落札価格の1年あたり (20年で割った額)",
         "a contract's price spread over its years by a blogger, not a budget"),
    fyr(12, "平成29年度", 2017),
    trap(amt(12, "2500万円", 25000000, role=O, fy=2017, q=("approx",)), "斎場使用料 平成29年度全体", "a year's fee revenue, not a budget"),
    trap(amt(13, "3.3億円", 330000000, role=O), "落札価格の1年あたり (再掲)", "a contract's yearly share restated, not a budget"),
    trap(amt(13, "3億円", 300000000, role=O, q=("approx",), per="year"), "使用料との差し引きの年額",
         "a blogger's estimate of the city's net yearly cost, not a budget"),
    dur(14, "20年間", 20, "year"), cnt(14, "8万8千件", 88000, "件", q=("approx",)),
    trap(amt(15, "7万6千円", 76000, role=O, q=("approx",)), "1件あたりの費用", "a blogger's cost per cremation, not a budget"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
