from kinds import amt, cnt, dur, fyr, pct, trap, traps

DOC = "hirogin_shimin_kyujo_hakyu"
# ひろぎん経済研究所's estimate of the economic ripple effect of building the new 広島市民球場 (a blog's copy of a news item,
# 2008). Every amount is the institute's estimate or a project's cost, not a budget: role `other`. fy: the clause
# `2008年度の経済波及効果を71億円` dates that effect and its parts (`08年度分の投資額は計42億円`, its 1次 / 2次波及効果 17 and 12億円)
# → 2008 (the two-digit `08年度` is no mention of its own, GUIDE); the construction cost `建設費90億円` and the road works `36億円`
# are multi-year totals (fy null); the 2009 season's effects (`09年シーズンに153億円`, `114億円`, `39億円`) name a season, not a
# fiscal year (fy null). Traps: the headline effects (71, 153億円) and the project costs (90, 36, 42億円). `150万人強`, `24万人強`
# → at_least (強 = a little over, as 超); `3ヶ月以上` in the blog's ad is a duration, at_least.
O = "other"
M = [
    dur(1, "3ヶ月", 3, "month", hi=None, q=("at_least",)),
    fyr(2, "2008年度", 2008),
    trap(amt(2, "71億円", 7100000000, role=O, fy=2008), "広島市民球場建設に伴う2008年度の経済波及効果",
         "an estimated economic effect"),
    trap(amt(2, "153億円", 15300000000, role=O), "両チームのホーム試合の波及効果 (09年シーズン)", "an estimated effect"),
    trap(amt(3, "90億円", 9000000000, role=O), "新球場の建設費", "a project's total cost, input of the estimate"),
    trap(amt(3, "36億円", 3600000000, role=O), "周辺の道路整備費", "a project's total cost, input of the estimate"),
    trap(amt(3, "42億円", 4200000000, role=O, fy=2008), "08年度分の投資額", "the year's share of project costs"),
    amt(3, "42億円", 4200000000, role=O, fy=2008),
    amt(3, "17億円", 1700000000, role=O, fy=2008),
    amt(3, "12億円", 1200000000, role=O, fy=2008),
    pct(4, "8%", 8, q=("approx",)),
    cnt(4, "150万人", 1500000, "人", hi=None, q=("at_least",)),
    amt(4, "114億円", 11400000000, role=O),
    pct(4, "5%", 5, q=("approx",)),
    cnt(4, "24万人", 240000, "人", hi=None, q=("at_least",)),
    amt(4, "39億円", 3900000000, role=O),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
