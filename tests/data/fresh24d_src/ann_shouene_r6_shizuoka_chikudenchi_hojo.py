from kinds import amt, date, fyr, trap, traps

DOC = "shouene_r6_shizuoka_chikudenchi_hojo"
# A seller's list (shouene.com) of 静岡県's towns' battery grants in 2024, a flattened table `市区町村名 | 事業名 | 申請期間
# | 補助金`. Each window one range (`令和6年5月15日(水)~令和7年3月17日` …). 浜松市's `(令和6年度)…補助金` is the programme's
# year label: a fiscal year, and its `8万円` takes fy 2024 (fresh23a: a `平成27年度…補助金` label gives its year to the terms);
# `国の令和5年度以降のZEH補助金` 2023..null at_least. The other towns' grants (`一律10万円`, `1件につき8万円`, `上限5万円`,
# `上限10万円`, `上限5万円` for a lease) `support`, fy null (windows are no label); caps at_most; flat grants no qualifier
# (`一律`, `1件につき` rate markers). `1.3` list numbers; `不明` cells.
S = "support"
AM = ("at_most",)
M = [
    fyr(6, "令和6年度", 2024),
    date(6, "令和6年5月15日(水)~令和7年3月17日", "2024-05-15", "2025-03-17"),
    trap(amt(6, "8万円", 80000, role=S, fy=2024), "浜松市スマートハウス補助金 蓄電池", "a flat grant per household (support)"),
    fyr(6, "令和5年度", 2023, None, q=("at_least",)),
    date(7, "令和6年4月1日(月)~令和7年3月24日", "2024-04-01", "2025-03-24"),
    trap(amt(7, "10万円", 100000, role=S), "沼津市 一律10万円", "a flat grant per household (support)"),
    trap(amt(8, "8万円", 80000, role=S), "熱海市 1件につき8万円", "a flat grant per application (support)"),
    trap(amt(9, "5万円", None, 50000, role=S, q=AM), "三島市 上限5万円", "a cap per household (support)"),
    date(10, "令和6年4月1日(月)~令和7年1月31日", "2024-04-01", "2025-01-31"),
    trap(amt(10, "10万円", None, 100000, role=S, q=AM), "富士宮市 上限10万円", "a cap per household (support)"),
    trap(amt(10, "5万円", None, 50000, role=S, q=AM), "富士宮市 リース契約 上限5万円", "a cap per household (support)"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
