from kinds import amt, cnt, date, trap, traps

DOC = "ginowan_r5_sodai_gomi_tesuryo"
# 沖縄県宜野湾市's page: its 粗大ごみ処理手数料 changes `令和5年4月1日から`: before, `1個または1束あたり 300円`; after,
# `大(重量10kg以上):600円`, `小(大以外のもの):300円`. Fees: `other`, per null (a price per item), fy null, traps. The
# columns' `(令和5年3月31日まで)` / `(令和5年4月1日から)` dates (まで: at_most); `以降` at_least. `1個または1束あたり`
# and `1点につき` rate markers, `10kg` a weight, the phone and extension numbers and `別館2階`: no mentions.
# `処理券×1枚` / `×2枚` counts of tickets.
O = "other"
F = "a fee (a price per item of bulky waste), not a programme's budget"
M = [
    date(2, "2022年11月27日", "2022-11-27"),
    date(3, "令和5年4月1日", "2023-04-01"),
    date(4, "平成16年4月", "2004-04"),
    date(11, "令和5年3月31日", None, "2023-03-31", q=("at_most",)),
    date(13, "令和5年4月1日", "2023-04-01"),
    trap(amt(17, "300円", 300, role=O), "粗大ごみ処理手数料 改定前 1個または1束あたり", F),
    trap(amt(19, "600円", 600, role=O), "改定後 大(重量10kg以上)", F),
    trap(amt(20, "300円", 300, role=O), "改定後 小(大以外のもの)", F),
    cnt(21, "1枚", 1, "枚"),
    cnt(21, "2枚", 2, "枚"),
    date(22, "令和5年4月1日", "2023-04-01", None, q=("at_least",)),
    date(23, "令和5年3月31日", None, "2023-03-31", q=("at_most",)),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
