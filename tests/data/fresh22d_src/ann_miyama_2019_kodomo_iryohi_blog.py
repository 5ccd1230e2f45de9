from kinds import amt, cnt, date, fyr, trap, traps

DOC = "miyama_2019_kodomo_iryohi_blog"
# A 福岡県 assembly member's blog (2019-12-17 by its address) on 福岡県's 子ども医療費支給制度 widened to junior high pupils
# from 2021年度, and what it means for みやま市 and 柳川市. `12月議会` 2019-12. `2018年度の…独自の補助金額は約2500万円でした`
# is what the city paid in subsidies (a past year's result), `support` (audit: a past total of grants, as fresh11c's
# `合計168万円を助成` and fresh15b's `全体の助成額は27億円`), fy 2018, approx, a trap. `1/2` fractions no mentions; `N市町村`
# counts.
SU = "support"
M = [
    date(2, "12月", "2019-12"),
    fyr(3, "2021年度", 2021),
    cnt(4, "32市町村", 32, "市町村"),
    cnt(4, "32市町村", 32, "市町村"),
    fyr(5, "2018年度", 2018),
    trap(amt(5, "2500万円", 25000000, role=SU, fy=2018, q=("approx",)), "みやま市 中学生の入院・通院 独自補助金額 (2018年度)",
         "a past year's total of subsidies paid (support), not a budget"),
    cnt(6, "28市町村", 28, "市町村"),
    cnt(6, "32市町村", 32, "市町村"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
