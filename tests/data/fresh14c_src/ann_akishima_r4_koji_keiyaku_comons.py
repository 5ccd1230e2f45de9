from kinds import amt, cnt, date, pct, trap, traps

DOC = "akishima_r4_koji_keiyaku_comons"
# A summary (comons.me) of 昭島市議会's 建設環境委員協議会 of 令和4年6月24日: a sewer works contract reported (契約金額
# `2億1450万円`, 落札率 `98.566%`), and an officer's note that the 調査基準価格 applies to works of `5000万円以上`. The contract
# price is `other` (GUIDE), fy null (no fiscal year is written; the works run 令和4年4月28日 to 令和5年3月3日), a trap; the
# threshold `5000万円以上` `other`, at_least, a trap. The works period: two dates (GUIDE `XからYまで`). `午後11時16分`
# is a clock time and `7分` minutes (no kind covers them); `第1排水区` a name.
O = "other"
M = [
    date(1, "令和4年6月24日", "2022-06-24"),
    trap(amt(2, "2億1450万円", 214500000, role=O), "契約金額", "the contract price of the sewer works, not a budget"),
    pct(2, "98.566%", 98.566),
    date(2, "令和4年4月28日", "2022-04-28"), date(2, "令和5年3月3日", "2023-03-03"),
    cnt(3, "1社", 1, "社"),
    trap(amt(4, "5000万円", 50000000, None, role=O, q=("at_least",)), "調査基準価格は5000万円以上の工事",
         "a threshold of the works covered by the low-bid inquiry, not a budget"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
