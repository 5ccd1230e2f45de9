from kinds import amt, date, dur, fyr, pct, trap, traps

DOC = "shiojiri_r4_shizei_shunoritsu"
# 市民タイムス (2023-07) on 長野県塩尻市's 令和4年度 市税収納率 98.66%: every amount is a collection RESULT of the year
# (調定額 / 収納額 of 現年度分 and 滞納繰越分, 収入未済額 and its fall, the 平成29年度 滞納繰越額): `other`, traps, fy 2022
# from the article's `令和4年度` (the figures' year; the fall `8225万円` is of the 2022 figure), the 平成29年度 one fy 2017.
# `平成元(1989)年度以降` one fiscal year (era and Gregorian written together, as `令和5(2023)年度` of an earlier set),
# 1989..null at_least. Era-less `3年度`, `2年度` no mentions; `0.04ポイント`, `8.02ポイント` (points) no mentions;
# `2分の1` a fraction; `5年前` a duration; `4月` a date of the article's year (2023).
O = "other"
RES = "a collection result (調定額・収納額・収入未済額), not a budget"
M = [
    pct(2, "98.66%", 98.66),
    fyr(3, "令和4年度", 2022),
    pct(3, "98.66%", 98.66),
    fyr(3, "平成元(1989)年度", 1989, None, q=("at_least",)),
    pct(4, "99.51%", 99.51),
    pct(4, "34.79%", 34.79),
    trap(amt(5, "102億9497万円", 10294970000, role=O, fy=2022), "市税 現年度分 調定額", RES),
    trap(amt(5, "102億4548万円", 10245480000, role=O, fy=2022), "市税 現年度分 収納額", RES),
    trap(amt(5, "1億3655万円", 136550000, role=O, fy=2022), "市税 滞納繰越分 調定額", RES),
    trap(amt(5, "4758万円", 47580000, role=O, fy=2022), "市税 滞納繰越分 収納額", RES),
    trap(amt(6, "1億2787万円", 127870000, role=O, fy=2022), "市税 収入未済額", RES),
    trap(amt(6, "8225万円", 82250000, role=O, fy=2022), "収入未済額 前年度比の減", RES),
    dur(6, "5年前", 5, "year"),
    fyr(6, "平成29年度", 2017),
    trap(amt(6, "2億9077万円", 290770000, role=O, fy=2017), "平成29年度 滞納繰越額", RES),
    date(7, "4月", "2023-04"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
