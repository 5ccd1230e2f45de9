from kinds import amt, cnt, date, pct, trap, traps

DOC = "neyagawa_r4_zaimu_shorui_qa"
# 大阪府寝屋川市 (広報ねやがわ 令和6年6月号): 令和4年度 財務書類 (統一的な基準) as questions and answers; the tables and the
# household comparison are images. `市民1人当たり29万円` (the future generations' share, 負債 per resident): `other`, per
# null (`1人当たり` a rate marker), fy 2022 (the population date 令和5年3月31日 ends 令和4年度; fresh20b), a trap. `約3割`
# percent 30 approx, `7割` 70. `226,693人` a count; `令和5年3月31日` a date.
M = [
    date(7, "令和5年3月31日", "2023-03-31"),
    cnt(7, "226,693人", 226693, "人"),
    trap(amt(18, "29万円", 290000, role="other", fy=2022), "市民1人当たりの負債",
         "liabilities per resident at the year's end, not a budget"),
    pct(18, "3割", 30, q=("approx",)),
    pct(18, "7割", 70),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
