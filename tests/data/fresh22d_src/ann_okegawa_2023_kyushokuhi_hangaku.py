from kinds import amt, cnt, date, trap, traps

DOC = "okegawa_2023_kyushokuhi_hangaku"
# 埼玉県桶川市 (東京新聞, 2023-09-09): the half subsidy of 学校給食費 widened to pupils at schools outside the city.
# `2023年9月9日` fixes the year: `9月定例会` 2023-09, `6月補正予算` 2023-06 (a session's month is a date, fresh2's
# `12月定例会`), `来年3月までの` null..2024-03 at_most (GUIDE deadline; audit), `来年3月ごろ` 2024-03 approx. The 6月補正's `予算額7863万円` and the `追加予算額は228万円` of
# the September 補正 are `supplementary_budget`, fy 2023, ROWS (the programme's money in each supplementary budget).
# The caps per pupil `小学生が2000円、中学生が2275円を上限に` `support`, at_most, min null, traps. `2学期` no mention.
SB, SU = "supplementary_budget", "support"
M = [
    date(2, "2023年9月9日", "2023-09-09"),
    date(3, "9月", "2023-09"),
    cnt(4, "180人", 180, "人", q=("approx",)),
    date(5, "3月", None, "2024-03", q=("at_most",)),  # audit: `来年3月までの` a deadline (GUIDE)
    cnt(5, "5200人", 5200, "人", q=("approx",)),
    amt(5, "7863万円", 78630000, role=SB, fy=2023),
    date(5, "6月", "2023-06"),
    cnt(6, "180人", 180, "人", q=("approx",)),
    amt(7, "228万円", 2280000, role=SB, fy=2023),
    trap(amt(7, "2000円", None, 2000, role=SU, q=("at_most",)), "補助額の上限 小学生", "a cap per pupil, not a budget"),
    trap(amt(7, "2275円", None, 2275, role=SU, q=("at_most",)), "補助額の上限 中学生", "a cap per pupil, not a budget"),
    date(8, "3月", "2024-03", q=("approx",)),
]
ROWS = [
    dict(line=5, text="7863万円", budget_yen=78630000, fy=2023, role=SB, ministry="桶川市",
         program="小中学校給食費半額補助", aliases=["給食費の半額補助"],
         why="予算額 of the half subsidy decided in the 6月補正予算"),
    dict(line=7, text="228万円", budget_yen=2280000, fy=2023, role=SB, ministry="桶川市",
         program="小中学校給食費半額補助 (市外通学者等への拡大)", aliases=["給食費の半額補助"],
         why="追加予算額 of the widening, passed in the September 補正予算"),
]
NOT_ROWS = traps(M)
