from kinds import amt, date, trap, traps

DOC = "kounosu_r7_yotei_kakaku_jigo_kohyo"
# 鴻巣市's notice: the estimated price (予定価格) is published after the bid for more contracts. Its amounts are the
# thresholds of the estimated price: `予定価格(税込み)1千万円以上` (10,000,000.., at_least) and `1千万円未満` (..10,000,000,
# at_most): `other` (contract thresholds, fresh2's `300万円以上の契約差金`), fy null, traps. `令和6年1月から` a date point
# (GUIDE `から`), `令和8年1月以降` a date 2026-01.. (at_least). Section numbers (`1 対 象`) are list numbers.
O = "other"
R_T = "a threshold of the estimated price of the contracts the rule covers, not a budget"
M = [
    date(5, "2025年5月14日", "2025-05-14"),
    date(7, "令和6年1月", "2024-01"),
    trap(amt(7, "1千万円", 10000000, None, role=O, q=("at_least",)), "予定価格(税込み)1千万円以上", R_T),
    trap(amt(8, "1千万円", None, 10000000, role=O, q=("at_most",)), "予定価格(税込み)1千万円未満", R_T),
    trap(amt(9, "1千万円", None, 10000000, role=O, q=("at_most",)), "予定価格(税込み)1千万円未満", R_T),
    trap(amt(11, "1千万円", 10000000, None, role=O, q=("at_least",)), "予定価格(税込み)1千万円以上", R_T),
    trap(amt(11, "1千万円", None, 10000000, role=O, q=("at_most",)), "予定価格(税込み)1千万円未満", R_T),
    date(13, "令和8年1月", "2026-01", None, q=("at_least",)),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
