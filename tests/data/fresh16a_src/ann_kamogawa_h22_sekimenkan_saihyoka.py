from kinds import amt, cnt, date, dur, pct, trap, traps

DOC = "kamogawa_h22_sekimenkan_saihyoka"
# 千葉県鴨川市's 水道事業運営委員会 re-evaluated its 石綿セメント管更新事業 (asbestos-cement main renewal), as 日本工業経済新聞社
# (nikoukei.co.jp) reports it: the evaluation's base year is `10年度` (FY2010), after `09年度`. `全体事業費は28億9778万8000円`
# (the whole cost over the project's life) and `09年度までに9億1478万8000円を投資` (the sum spent from 02年度 to 09年度):
# `other`, fy null (a whole-life cost and a sum over years), traps (fresh12a's 全体事業費). `31.6%`, `27.2%` (進ちょく率),
# `81.8%`, `81.1%`, `90.8%` (有収率) percents; `5年` (5年を経過), `27年間` durations; `給水人口3万5124人` a count (35,124 人).
# The article writes its years as two digits without an era (`02年度`, `09年度`, `10年度`, `00年度から04年度`, `11年度`,
# `36年度`, `01年度`, `09年度末`): no mentions (GUIDE: a year written without an era name or four digits; fresh13's
# era-less `5年度`). `19日` (the committee's day; no month written): a date, year only `2010` (the FY2010 evaluation
# after `09年度`; fresh7a's first call for a day with no month; arguable: the meeting may fall in early 2011).
# `4万7822m`, `1万3025m`, `47.8㎞`, `34.9km`, `1万5426立方メートル` physical units; `1日平均配水量`'s `1日` the rate's period (no
# duration: arguable).
O = "other"
M = [
    date(1, "19日", "2010"),
    dur(2, "5年", 5, "year"),
    cnt(3, "3万5124人", 35124, "人"),
    trap(amt(4, "28億9778万8000円", 2897788000, role=O), "石綿セメント管更新事業 全体事業費",
         "a project's whole cost over its life under re-evaluation (全体事業費), not a year's budget"),
    trap(amt(4, "9億1478万8000円", 914788000, role=O), "石綿セメント管更新事業 09年度までの投資額",
         "the sum spent on the project over the years so far, not a budget"),
    pct(4, "31.6%", 31.6), pct(4, "27.2%", 27.2),
    pct(5, "81.8%", 81.8), pct(5, "81.1%", 81.1), dur(5, "27年間", 27, "year"), pct(5, "90.8%", 90.8),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
