from kinds import amt, cnt, date, fyr, pct, trap, traps

DOC = "fujinomiya_r7_premium_rinji_hosei"
# 静岡県富士宮市's price-relief supplementary (a TV item on livedoor, 2026-01-27): `2025年度の一般会計に10億5300万円を追加`
# supplementary_budget fy 2025, a trap (the supplementary's total; no measure's appropriation is written). The
# voucher's
# terms are traps: the denomination `1000円券` and the set's value `25000円相当` `support` (face values: audit, fresh11c's
# `500円×24枚`, fresh17d 国見町), its price `1万円` `other` (what a buyer pays); the 粗飼料 subsidy per head `乳牛1頭当たり1万2000円`, `肉牛1頭当たり1870円` `support` (grant sizes per unit),
# all fy 2025 (items of the 2025年度 supplementary the article reports: GUIDE's label scope), traps. The stored line's
# prefix ` date 2026-01-27` is kept as stored and is a date (NEW, arguable: fresh6c
# dropped an aggregator's `date` prefix from its deck; kept here as the brief asks, −1 if a reader calls it metadata).
# `1月23日`, `23日` → 2026-01-23; `6月初旬`, `2026年6月初旬` → 2026-06 (初旬 dropped). Percents `150パーセント` ×3. Counts
# `25枚`, `1セットまで` (at_most; `1セット1万円` a per unit, no count), `6万セット`, `1063店舗`, `5756頭`, `4774頭`.
S, P, O = "supplementary_budget", "support", "other"
M = [
    date(1, "2026-01-27", "2026-01-27"),
    pct(1, "150パーセント", 150), pct(1, "150パーセント", 150),
    date(1, "1月23日", "2026-01-23"),
    date(1, "6月", "2026-06"),
    date(2, "23日", "2026-01-23"),
    fyr(2, "2025年度", 2025),
    trap(amt(2, "10億5300万円", 1053000000, role=S, fy=2025), "一般会計補正予算案の追加額", "supplementary total"),
    pct(3, "150パーセント", 150),
    trap(amt(3, "1000円", 1000, role=P, fy=2025), "商品券 1枚の額面 (1000円券)", "a voucher's denomination"),
    cnt(3, "25枚", 25, "枚"),
    trap(amt(3, "25000円", 25000, role=P, fy=2025), "商品券 1セットの額 (相当)", "a voucher's face value, not programme money"),
    trap(amt(3, "1万円", 10000, role=O, fy=2025), "商品券 1セットの価格", "a voucher's price, not programme money"),
    cnt(3, "1セット", None, "セット", hi=1, q=("at_most",)),
    cnt(3, "6万セット", 60000, "セット"),
    cnt(4, "1063店舗", 1063, "店舗"),
    date(4, "2026年6月", "2026-06"),
    trap(amt(5, "1万2000円", 12000, role=P, fy=2025), "粗飼料価格高騰対策事業 乳牛1頭当たり補助額", "a grant size per unit"),
    cnt(5, "5756頭", 5756, "頭"),
    trap(amt(5, "1870円", 1870, role=P, fy=2025), "粗飼料価格高騰対策事業 肉牛1頭当たり補助額", "a grant size per unit"),
    cnt(5, "4774頭", 4774, "頭"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
