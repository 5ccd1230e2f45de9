from kinds import amt, cnt, date, trap, traps

DOC = "yamamoto_miyagi_ritchi_yugu_seido"
# 宮城県山元町's page on its 企業立地 優遇制度 (cut by the length limit before the grants' amounts): the 指定 requirements as
# a flattened table: investment thresholds `新設 3千万円以上` … `support`, at_least (dev10c), fy null, traps; staff
# thresholds `5人以上`, `10人以上`, `3人以上` counts at_least. `掲載日:2022年6月10日更新` a date. `大分類A`, `(1)` … `第2条`
# no mentions.
S = "support"
AL = ("at_least",)
M = [
    date(4, "2022年6月10日", "2022-06-10"),
    trap(amt(32, "3千万円", 30000000, None, role=S, q=AL), "指定要件 新設 投下固定資産額", "an investment threshold"),
    trap(amt(32, "1千万円", 10000000, None, role=S, q=AL), "指定要件 新設・増設 投下固定資産額", "an investment threshold"),
    trap(amt(33, "1千万円", 10000000, None, role=S, q=AL), "指定要件 増設 投下固定資産額", "an investment threshold"),
    cnt(34, "5人", 5, "人", None, q=AL),
    cnt(34, "10人", 10, "人", None, q=AL),
    cnt(35, "3人", 3, "人", None, q=AL),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
