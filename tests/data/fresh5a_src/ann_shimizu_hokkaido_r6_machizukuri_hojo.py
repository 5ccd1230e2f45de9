from kinds import amt, cnt, date, fyr

DOC = "shimizu_hokkaido_r6_machizukuri_hojo"
# 清水町 (北海道), a GRANT call: 令和6年度 町民提案型まちづくり事業補助金. Under `〇補助金の上限額` the two grants' caps
# (`24万円`, `30万円`) and the per-person cap (`1人当たりの上限額5万円`) are support, at_most (min null), fy 2024 (the
# call's fiscal year in its lead-in; fresh4's caps took their programme's year); per null (a per-person cap, as the
# earlier sets). `対象経費の3分の2以内` is a rate (no mention). `3名以上`, `5名以上` are counts, at_least. The call's
# period `令和6年5月1日~令和6年8月31日` is one date range (GUIDE). Form numbers (`別記第2-1号様式`), list markers and
# the phone number are no mentions. No row: caps are no appropriations.
S, FY = "support", 2024
M = [
    fyr(2, "令和6年度", FY),
    cnt(4, "3名", 3, "名", None, ("at_least",)),
    cnt(9, "5名", 5, "名", None, ("at_least",)),
    amt(12, "24万円", None, 240000, role=S, fy=FY, q=("at_most",)),
    amt(13, "30万円", None, 300000, role=S, fy=FY, q=("at_most",)),
    amt(13, "5万円", None, 50000, role=S, fy=FY, q=("at_most",)),
    date(16, "令和6年5月1日~令和6年8月31日", "2024-05-01", "2024-08-31"),
]
ROWS = []
NOT_ROWS = [
    dict(line=12, text="24万円", value_yen=240000, fy=FY, mention_role=S, what="実践活動サポート補助金 上限額", reason="grant cap per project"),
    dict(line=13, text="30万円", value_yen=300000, fy=FY, mention_role=S, what="まちづくり研修事業補助金 上限額", reason="grant cap per project"),
    dict(line=13, text="5万円", value_yen=50000, fy=FY, mention_role=S, what="研修事業 1人当たりの上限額", reason="grant cap per person"),
]
