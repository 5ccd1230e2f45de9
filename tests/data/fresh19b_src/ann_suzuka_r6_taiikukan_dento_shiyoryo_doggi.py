from kinds import amt, cnt, date, trap, traps

DOC = "suzuka_r6_taiikukan_dento_shiyoryo_doggi"
# A 三重県鈴鹿市 council member's motion (December 2024 extraordinary session) to amend the bill revising the sports
# facilities' fees: the gym's lighting fee was `1時間1,000円以下` before the refit (null..1000 at_most), `1時間4,000円`
# from `令和2年4月`, and `4,000円の基本使用料` stayed after `令和4年7月`. Fees: `other`, per null (per hour has no per in
# the vocabulary), fy null, traps. `2024年 12月` one date (the session); `今12月定例議会` the same year's December;
# `3月31日から新年度` a year-less date of the deck's year (2024; arguable: a generic rule of the fiscal year); `3段階`
# a count; `議案第85号`, `議席25番` numbers of a bill and a seat; `1時間` a rate marker.
O = "other"
F = "a gym's lighting fee (per hour), not a programme's budget"
M = [
    date(1, "2024年 12月", "2024-12"),
    trap(amt(1, "1,000円", None, 1000, role=O, q=("at_most",)), "電灯使用料 大規模改修以前 1時間 (以下)", F),
    date(1, "令和2年4月", "2020-04"),
    trap(amt(1, "4,000円", 4000, role=O), "電灯使用料 令和2年4月から 1時間", F),
    date(1, "令和4年7月", "2022-07"),
    trap(amt(1, "4,000円", 4000, role=O), "4,000円の基本使用料 (据え置き)", F),
    date(1, "3月31日", "2024-03-31"),
    date(1, "12月", "2024-12"),
    cnt(1, "3段階", 3, "段階"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
