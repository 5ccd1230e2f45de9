from kinds import amt, date, dur, fyr, trap, traps

DOC = "hirakata_h22_gyokaku_koukagaku_blog"
# 大阪府枚方市's 行革効果額 by plan and year, as a city council member (木村亮太) lists them on his blog (ameblo, about
# 2010): each plan's years and total effect (`114億円`, `効果額:167億円`), the yearly average in brackets, the
# 構造改革アクションプラン's effect per year, then a year-by-year series `平成8年度 22.8億` … (the averages spread over the
# years, two plans summed for 平成11-12年度). All `other` (a reform's effects: fresh13b), traps. fy: a plan's total over
# its span null (fresh13b: a sum over a written span); an effect written after its year (`実施年度:平成17年度 効果額:21億円`,
# `平成8年度 22.8億`) that year (fresh13b's 宮若市). `(年平均22.8億)`: per `year` (NEW: `年平均` as fresh13b's `年あたり`
# column and `/年`), fy null. `22.8億` without `円`: an amount (fresh16a's headline `51億増額`, the page's `114億円`
# beside it; NEW here for a whole column of them). `平成8年度~12年度` one fiscal-year mention (fresh12d/GUIDE's
# `2021年度~30年度`). `平成11年と12年は` (the fiscal years loosely written as 年): `平成11年` a date (1999), the era-less
# `12年` no mention (arguable). `ここ2年` a duration. `【A】`, `【B】`, `第2次` no mentions.
O = "other"
T = "a reform plan's total effect over its years, not a budget"
A = "a reform plan's average effect a year, not a budget"
Y = "a reform's effect in a year (行革効果額), not a budget"
SERIES = [(30, "平成8年度", 1996, "22.8億", 2280000000), (31, "平成9年度", 1997, "22.8億", 2280000000),
          (32, "平成10年度", 1998, "22.8億", 2280000000), (33, "平成11年度", 1999, "71.5億", 7150000000),
          (34, "平成12年度", 2000, "71.5億", 7150000000), (35, "平成13年度", 2001, "48.7億", 4870000000),
          (36, "平成14年度", 2002, "55.7億", 5570000000), (37, "平成15年度", 2003, "55.7億", 5570000000),
          (38, "平成16年度", 2004, "55.7億", 5570000000), (39, "平成17年度", 2005, "21億", 2100000000),
          (40, "平成18年度", 2006, "19億", 1900000000), (41, "平成19年度", 2007, "22億", 2200000000),
          (42, "平成20年度", 2008, "12億", 1200000000), (43, "平成21年度", 2009, "6億", 600000000)]
PLAN = [(23, "平成17年度", 2005, "21億円", 2100000000), (24, "平成18年度", 2006, "19億円", 1900000000),
        (25, "平成19年度", 2007, "22億円", 2200000000), (26, "平成20年度", 2008, "12億円", 1200000000),
        (27, "平成21年度", 2009, "6億円", 600000000)]
M = [
    fyr(11, "平成8年度~12年度", 1996, 2000),
    trap(amt(12, "114億円", 11400000000, role=O), "行政改革推進実施計画 効果額 (平成8-12年度)", T),
    trap(amt(13, "22.8億", 2280000000, role=O, per="year"), "行政改革推進実施計画 年平均効果額", A),
    fyr(15, "平成11年度~平成13年度", 1999, 2001),
    trap(amt(16, "146億円", 14600000000, role=O), "財政再建緊急対応策 効果額 (平成11-13年度)", T),
    trap(amt(17, "48.7億", 4870000000, role=O, per="year"), "財政再建緊急対応策 年平均効果額", A),
    fyr(19, "平成14年度~平成16年度", 2002, 2004),
    trap(amt(20, "167億円", 16700000000, role=O), "第2次行政改革推進実施計画 効果額 (平成14-16年度)", T),
    trap(amt(21, "55.7億", 5570000000, role=O, per="year"), "第2次行政改革推進実施計画 年平均効果額", A),
    *[r for ln, t, y, a, v in PLAN for r in (fyr(ln, t, y), trap(amt(ln, a, v, role=O, fy=y),
                                                                  f"構造改革アクションプラン {t} 効果額", Y))],
    fyr(29, "平成8年度", 1996),
    *[r for ln, t, y, a, v in SERIES for r in (fyr(ln, t, y), trap(amt(ln, a, v, role=O, fy=y), f"{t} 行革効果額", Y))],
    dur(46, "2年", 2, "year"),
    date(47, "平成11年", "1999"),
]
ROWS: list = []
NOT_ROWS = traps(M)
