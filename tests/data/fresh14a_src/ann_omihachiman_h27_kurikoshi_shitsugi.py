from kinds import amt, cnt, date, trap, traps

DOC = "omihachiman_h27_kurikoshi_shitsugi"
# 滋賀県近江八幡市議会 平成27年第1回(3月)定例会, 3月9日 質疑 (the city's video-archive page with the minutes): a member
# questions the 繰越明許費 bills: `一般会計26事業で83億7,900万円、特別会計で3億4,500万円` carried to the next year (money
# of 本年度's budget not spent this year: other, traps: totals over 26 projects and an account, NEW, arguable: a carry-over
# is no budget of a year, as fresh12d's 繰越 lines), `80億円と言えば…予算額に匹敵する` (a rounded comparison: other, a
# trap). `本年度` is FY2014 by the session's date, but no fiscal year is written: fy null (GUIDE). `約4分の1` is a
# fraction (no mention). Session label `平成27年第1回(3月)` a date 2015 and its month (2015-03, fresh11b's session
# calls); `3月9日(月)` and `3月4日` dates; `6名` and `26事業` counts; `第3`, `議第47号`, `15番`, `第213条2項` no mentions.
O = "other"
C = "a carry-over (繰越明許費) total over many projects, not a budget of a year"
M = [
    date(2, "平成27年", "2015"), date(2, "3月", "2015-03"),
    date(3, "3月9日", "2015-03-09"),
    date(8, "3月4日", "2015-03-04"), cnt(8, "6名", 6, "名"),
    cnt(16, "26事業", 26, "事業"),
    trap(amt(16, "83億7,900万円", 8379000000, role=O), "繰越明許費 一般会計 26事業", C),
    trap(amt(16, "3億4,500万円", 345000000, role=O), "繰越明許費 特別会計", C),
    trap(amt(16, "80億円", 8000000000, role=O), "80億円と言えば (a comparison)", "a rounded figure for comparison"),
    cnt(17, "26事業", 26, "事業"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
