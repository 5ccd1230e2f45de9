from kinds import amt, cnt, date, fyr, trap, traps

DOC = "takanezawa_2017_kodomo_iryohi"
# 栃木県高根沢町 (下野新聞, late 2017: the next year's budget is `2018年度`): 子ども医療費助成 widened to 18 and paid in kind.
# Year-less months: `来年4月` 2018-04, `11月現在` 2017-11 (twice), `3月の町長選` 2017-03; `5日開会` left out (no month:
# fresh19a). `2018年度の子ども医療費助成金の当初予算額を…約1億2千万円と見込む` `budget`, fy 2018, approx, a ROW (the
# programme's initial budget as the town sets it); `約3500万円増` the change, `other`, fy 2018, approx, a trap. Ratios
# `1・59倍`, `1・65倍`, `1・41倍` no mentions; ages `18歳` no mentions; era-less `17年度` no mention. `4市町`, `全25市町`
# counts.
O, B = "other", "budget"
M = [
    date(1, "4月", "2018-04"),
    date(1, "11月", "2017-11"),
    cnt(1, "4市町", 4, "市町"),
    date(2, "3月", "2017-03"),
    fyr(3, "2018年度", 2018),
    trap(amt(3, "3500万円", 35000000, role=O, fy=2018, q=("approx",)), "当初予算額の増加分 (17年度当初比)",
         "a change of the budget, not a budget"),
    amt(3, "1億2千万円", 120000000, role=B, fy=2018, q=("approx",)),
    cnt(4, "25市町", 25, "市町"),
    date(4, "11月", "2017-11"),
    cnt(4, "4市町", 4, "市町"),
]
ROWS = [
    dict(line=3, text="1億2千万円", budget_yen=120000000, fy=2018, role=B, ministry="高根沢町",
         program="子ども医療費助成金", aliases=["子ども医療費助成"],
         why="the 2018年度 当初予算額 of the programme as the town expects to set it"),
]
NOT_ROWS = traps(M)
