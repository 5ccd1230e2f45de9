from kinds import amt, date, fyr, trap, traps

DOC = "mitaka_r6_juten_shien_kofukin_katsuyo"
# 東京都三鷹市's page (財政課) on its use of the 物価高騰対応重点支援地方創生臨時交付金. The city's `令和6年度交付限度額
# 9億9,757万8千円` is the grant's ceiling allocated to it: `support`, at_most, min null (fresh17a's `交付限度額` caps), fy
# 2024, a trap. The measure `低所得者支援及び定額減税を補足する給付金給付事業(予算額13億4,643万9千円)` is a programme's
# 予算額 under the 令和6年度 heading: `budget`, fy 2024, a row. Benefits per household or child (`10万円`, `1人あたり5万円`)
# `support` traps; `減税額が4万円に達しない差額分` the reference reduction `other`, a trap; `1万円単位` a rounding unit, no
# amount (fresh6c's `千円以下を四捨五入`). `第1回~第2回` ordinals.
B, P, O = "budget", "support", "other"
M = [
    date(4, "2025年3月31日", "2025-03-31"), date(4, "2025年3月31日", "2025-03-31"),
    fyr(6, "令和5年度", 2023),
    fyr(9, "令和6年度", 2024),
    trap(amt(10, "9億9,757万8千円", None, hi=997578000, role=P, fy=2024, q=("at_most",)), "令和6年度 重点支援地方交付金 交付限度額", "a grant ceiling allocated to the city"),
    amt(14, "13億4,643万9千円", 1346439000, role=B, fy=2024),
    fyr(15, "令和6年度", 2024),
    trap(amt(15, "10万円", 100000, role=P, fy=2024), "給付金 1世帯分", "a grant size per household"),
    trap(amt(15, "5万円", 50000, role=P, fy=2024), "こども加算 1人あたり", "a grant size per person"),
    trap(amt(15, "4万円", 40000, role=O, fy=2024), "調整給付の基準 (減税額 4万円)", "a reference amount"),
]
ROWS = [
    dict(line=14, text="13億4,643万9千円", budget_yen=1346439000, fy=2024, role=B, why="a programme's 予算額 under the 令和6年度 heading",
         program="低所得者支援及び定額減税を補足する給付金給付事業"),
]
NOT_ROWS = traps(M)
