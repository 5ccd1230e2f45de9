from kinds import amt, date, fyr, pct, trap, traps

DOC = "city_h27_shimoki_shikko"
# A city's second-half execution of its general account (平成27年度, at 3月31日; the stored PDF text names no city). The
# year's 最終予算 (予算規模, with 繰越明許費) `budget` FY2015, an account total, a trap; the year before's 最終予算 beside it
# `previous_budget` FY2014 (fresh5b / fresh11a: the year before's figure beside the year's; an account's total, a trap);
# the change `242,086千円` `other`, a trap; 収入済額 and the 執行額 `other`, traps. `3月31日` the year-end of FY2015
# (2016-03-31); `平成28年4・5月` one range (2016-04..2016-05: NEW, arguable, two months joined by `・`); `27年度` has no era:
# no mention (fresh11b). Both title lines carry 平成27年度 (the second spaced out by the PDF): two fiscal-year mentions.
# `(PDF 約100KB)` a file size, `(1)`-`(3)` list marks, `- 1 -` a page number: no mentions.
B, P, O, FY = "budget", "previous_budget", "other", 2015
A = "an account's total (an account is not a programme)"
M = [
    fyr(1, "平成27年度", FY), fyr(2, "平 成 2 7 年 度", FY),
    fyr(3, "平成27年度", FY),
    trap(amt(3, "23,075,895千円", 23075895000, fy=FY), "最終予算 (予算規模、繰越明許費を含む)", A),
    trap(amt(4, "22,833,809千円", 22833809000, role=P, fy=2014), "前年度最終予算", A),
    trap(amt(5, "242,086千円", 242086000, role=O, fy=FY), "最終予算の前年度比の増", "a change, not a budget"),
    pct(5, "1.1%", 1.1),
    date(11, "3月31日", "2016-03-31"),
    trap(amt(11, "20,153,401千円", 20153401000, role=O, fy=FY), "3月31日現在の収入済額", "revenue received"),
    pct(11, "91.4%", 91.4), pct(11, "91.5%", 91.5),
    pct(13, "87.3%", 87.3), pct(13, "86.9%", 86.9), pct(13, "79.8%", 79.8),
    trap(amt(15, "17,094,142千円", 17094142000, role=O, fy=FY), "歳出の執行額", "expenditure paid (執行額)"),
    pct(15, "74.1%", 74.1), pct(15, "79.9%", 79.9),
    date(16, "平成28年4・5月", "2016-04", "2016-05"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
