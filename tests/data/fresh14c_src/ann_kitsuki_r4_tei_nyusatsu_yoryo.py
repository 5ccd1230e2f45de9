from kinds import amt, date, trap, traps

DOC = "kitsuki_r4_tei_nyusatsu_yoryo"
# 杵築市's 低入札価格調査実施要領 as revised (2022-05-27): the works it covers (`設計金額が3億円以上`: 300,000,000..,
# at_least) and the rounding of the base price (`1,000円未満を切捨て`: ..1,000, at_most): `other` (contract rules'
# thresholds), fy null, traps. The ratios `10分の5.5`, `110分の100` are fractions (no mention); `第4条第2項` article
# numbers; `令和4年5月20日以降` a date 2022-05-20.. (at_least). The last line is cut (`合計に100`: no mention).
O = "other"
M = [
    date(3, "2022年05月27日", "2022-05-27"),
    date(8, "令和4年5月20日", "2022-05-20", None, q=("at_least",)),
    trap(amt(15, "3億円", 300000000, None, role=O, q=("at_least",)), "設計金額が3億円以上",
         "a threshold of the design amount of the works the rule covers, not a budget"),
    trap(amt(22, "1,000円", None, 1000, role=O, q=("at_most",)), "1,000円未満を切捨て",
         "the rounding unit of the base price, not a budget"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
