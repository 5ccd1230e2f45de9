from kinds import amt, dur, fyr, pct, trap, traps

DOC = "haboro_h29_shourai_hiyou_suikei"
# 羽幌町 (北海道)'s 公共施設等総合管理計画, chapter 4 `将来費用の推計` (p.51), its PDF's text on expydoc in one line: the
# cost of rebuilding, renovating and removing the town's buildings over 30 years (`約 332 億円`, twice), the yearly
# amounts (`約 11 億円`, `約 6 億円` after `1 年当たり`: per year), the past five years' average of investment (`約 1.6
# 億円/年`: per year), the first ten years' share (`約 213 億円`) and the last twenty's (`約 119 億円`), and the peak
# year's cost (`約 30.5 億円` in `平成 37 年度(2025 年度)`: fy 2025, the year it is tied to: fresh13b's deficits by year).
# All `other` (estimates: brief; fresh13b), fy null except the peak year's, traps, `約` approx. Fiscal years written twice
# (`平成 29 年度(2017 年度)`) are two mentions each (GUIDE), `平成 58 年 度` as written with its space (fresh12a's spaced
# cover). `1 年当たり` / `1 年 当たり` is the per marker, no duration. `30 年間`, `30 年で割り戻す`, `5 年間`, `10 年間`,
# `20 年間` durations; `約 64%`, `約 36%`, `約 53%` percents. `約 7 倍` a ratio; `第 4 章`, `第 1 節`, `51` (page), the
# footnote mark `12` no mentions.
O = "other"
A = ("approx",)
T = "a cost estimate of the town's buildings over 30 years (公共施設等総合管理計画), no budget"
Y = "a yearly amount of a cost estimate, no budget"
L = 1
M = [
    fyr(L, "平成 29 年度", 2017), fyr(L, "2017 年度", 2017), fyr(L, "平成 58 年 度", 2046), fyr(L, "2046 年度", 2046),
    dur(L, "30 年間", 30, "year"),
    trap(amt(L, "332 億円", 33200000000, role=O, q=A), "平成29~58年度 建替・改修・除却に要する費用 (30年間)", T),
    dur(L, "30 年", 30, "year"),
    trap(amt(L, "11 億円", 1100000000, role=O, q=A, per="year"), "1年当たりに要する費用 (30年平均)", Y),
    dur(L, "5 年間", 5, "year"),
    fyr(L, "平成 21 年度", 2009), fyr(L, "2009 年度", 2009), fyr(L, "平成 25 年度", 2013), fyr(L, "2013 年度", 2013),
    trap(amt(L, "1.6 億円", 160000000, role=O, q=A, per="year"), "過去5年間の投資的経費平均",
         "a past yearly average of investment, no budget"),
    fyr(L, "平成 29 年度", 2017), fyr(L, "2017 年度", 2017), fyr(L, "平成 38 年度", 2026), fyr(L, "2026 年度", 2026),
    dur(L, "10 年間", 10, "year"), dur(L, "30 年間", 30, "year"),
    trap(amt(L, "332 億円", 33200000000, role=O, q=A), "30年間の総額", T),
    trap(amt(L, "213 億円", 21300000000, role=O, q=A), "当初10年間 (平成29~38年度) に必要な費用",
         "a part of a cost estimate over the first ten years, no budget"),
    pct(L, "64%", 64, q=A), dur(L, "10 年間", 10, "year"),
    fyr(L, "平成 39 年度", 2027), fyr(L, "2027 年度", 2027), fyr(L, "平成 58 年度", 2046), fyr(L, "2046 年度", 2046),
    dur(L, "20 年間", 20, "year"),
    trap(amt(L, "119 億円", 11900000000, role=O, q=A), "残り20年間 (平成39~58年度) に要する費用",
         "a part of a cost estimate over the last twenty years, no budget"),
    pct(L, "36%", 36, q=A),
    trap(amt(L, "6 億円", 600000000, role=O, q=A, per="year"), "残り20年間の1年当たりに要する費用", Y),
    fyr(L, "平成 37 年度", 2025), fyr(L, "2025 年度", 2025),
    trap(amt(L, "30.5 億円", 3050000000, role=O, q=A, fy=2025), "平成37年度 (単年度で費用が突出する年度) の費用",
         "the estimated cost of one future year's peak, no budget"),
    fyr(L, "平成 25 年度", 2013), fyr(L, "2013 年度", 2013), pct(L, "53%", 53, q=A),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
