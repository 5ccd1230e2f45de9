from kinds import amt, cnt, date, fyr, trap, traps

DOC = "ebetsu_r6_gomi_tesuryo_kaitei"
# 北海道江別市's page: its household-waste fee changes `令和6年10月から`. The fee set in 2004 `1リットル2円` (a price per
# litre; `1リットル` a rate marker), the cost that `3円を超えて` since `平成19年度以降` (at_least), the unchanged
# `直接搬入手数料(10kgあたり150円)`: `other`, per null, fy null, traps (the `3円` is a cost per litre the fee is held
# below, not a fee: still `other`). `3分の1` a fraction; `10kg` a weight; `ごみ袋1枚につ` (cut) a rate marker: no
# mentions. `5枚入り` a count. `令和6年9月末日まで` null..2024-09-30 at_most.
O = "other"
F = "a waste fee or the cost per litre behind it, not a programme's budget"
M = [
    date(1, "令和6年10月", "2024-10"),
    date(2, "平成16年10月", "2004-10"),
    trap(amt(3, "2円", 2, role=O), "手数料 1リットル", F),
    fyr(3, "平成19年度", 2007, None, q=("at_least",)),
    trap(amt(3, "3円", 3, None, role=O, q=("at_least",)), "原価 1リットル (超え)", F),
    date(8, "令和6年10月1日", "2024-10-01"),
    trap(amt(9, "150円", 150, role=O), "直接搬入手数料 10kgあたり", F),
    cnt(10, "5枚", 5, "枚"),
    date(11, "令和6年9月末日", None, "2024-09-30", q=("at_most",)),
    date(12, "令和6年10月1日", "2024-10-01", None, q=("at_least",)),
    date(14, "令和6年10月1日", "2024-10-01", None, q=("at_least",)),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
