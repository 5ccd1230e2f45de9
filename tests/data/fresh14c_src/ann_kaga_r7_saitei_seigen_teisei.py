from kinds import amt, cnt, date, trap, traps

DOC = "kaga_r7_saitei_seigen_teisei"
# 加賀市's notice correcting a bid result (入札結果の訂正): the floor price (最低制限価格) of a survey contract was set wrong.
# The two floor prices `(正)52,266,635円(税抜き)` and `(誤)51,803,769円(税抜き)`: `other` (contract figures), fy null (no
# fiscal year written; the bid of 令和 7年 5 月23日 would be FY2025), traps. `市道C第583号線外4路線`: a count of 4 路線
# (the road's number is a name). `令和 7年 5 月23日` keeps its spaces (fresh11c's `令和 7年 2月18日`).
O = "other"
M = [
    date(2, "令和 7年 5 月23日", "2025-05-23"),
    cnt(6, "4路線", 4, "路線"),
    trap(amt(8, "52,266,635円", 52266635, role=O), "最低制限価格 (正)", "the corrected floor price of the bids, not a budget"),
    trap(amt(9, "51,803,769円", 51803769, role=O), "最低制限価格 (誤)", "the wrong floor price of the bids, not a budget"),
    date(20, "2025年05月29日", "2025-05-29"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
