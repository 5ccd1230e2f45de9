from kinds import amt, cnt, date, trap, traps

DOC = "miyagi_pref_r5_lpg_nebiki_shien"
# 宮城県's LPガス料金負担軽減支援事業 as the 宮城県LPガス協会's page (miyagi-lpg.or.jp) states it: two rounds of a discount on
# the LP gas bill given through the dealers, eligibility by a contract on a date, and the discount `1契約(1メーター)につき
# 最大2,400円(税抜き)`: `support`, at_most, min null (GUIDE's 最大), fy null (a scheme's terms, fresh15b), a trap; the second
# `2,400円` (`1回の値引き額が2,400円に達しない場合`) the same size named again, `support`, no qualifier, a trap. Periods
# `令和5年9月から令和5年11月` two points each time (GUIDE: `XからY`), the contract dates `令和5年8月31日時点`, `令和5年12月31日時点`
# points. `原則として1回` a count of 1 `回`; `1回の値引き額` (the discount per occasion), `1契約`, `1メーター` per-unit words
# (fresh8a's `1件当たり`; audit): no count. `第一弾`, `第二弾` ordinals; `第2条第2項` a law's article; list marks `1.` `(1)`: no mentions.
S = "support"
M = [
    date(5, "令和5年9月", "2023-09"), date(5, "令和5年11月", "2023-11"),
    date(6, "令和5年8月31日", "2023-08-31"), date(7, "令和5年8月31日", "2023-08-31"),
    date(8, "令和6年2月", "2024-02"), date(8, "令和6年4月", "2024-04"),
    date(9, "令和5年12月31日", "2023-12-31"), date(10, "令和5年12月31日", "2023-12-31"),
    date(13, "令和5年9月", "2023-09"), date(13, "令和5年11月", "2023-11"), cnt(13, "1回", 1, "回"),
    date(15, "令和6年2月", "2024-02"), date(15, "令和6年4月", "2024-04"),
    trap(amt(18, "2,400円", None, 2400, role=S, q=("at_most",)), "LPガス料金 第一弾 1契約(1メーター)あたりの値引き上限",
         "a discount per contract (a relief size), not a budget row"),
    trap(amt(19, "2,400円", 2400, role=S), "LPガス料金 第一弾 1契約あたりの値引き額",
         "a discount per contract (a relief size), not a budget row"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
