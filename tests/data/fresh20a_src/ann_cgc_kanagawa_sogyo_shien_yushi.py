from kinds import amt, cnt, dur, pct, trap, traps

DOC = "cgc_kanagawa_sogyo_shien_yushi"
# 神奈川県信用保証協会's page on the prefecture's 創業支援融資 (県制度): `保証限度額2,500万円` and the special case's `3,000万円`
# (per-business caps: `support`, min null, at_most, traps); the own-funds condition's thresholds `1,000万円(…1,500万円)まで`
# (`other`, at_most) and `1,000万円を超える` (`other`, at_least); durations `1ヶ月以内`, `2ヶ月以内`, `5年未満`, `6ヶ月前`,
# `1年超10年以内` (1..10, at_least + at_most), `据置期間1年以内`; `概ね2回以上` a count (approx, at_least); the rates `0.8%`,
# `2.0%以内`, `1.6%以内` percents. List numbers (`1.`, `①`, `4の場合`) no mentions. No year: fy null.
O = "other"
CAP = "a per-business guarantee ceiling, not the scheme's budget"
M = [
    dur(6, "1ヶ月以内", None, "month", hi=1, q=("at_most",)),
    dur(7, "2ヶ月以内", None, "month", hi=2, q=("at_most",)),
    dur(8, "5年未満", None, "year", hi=5, q=("at_most",)),
    cnt(11, "2回以上", 2, "回", hi=None, q=("approx", "at_least")),
    dur(13, "6ヶ月", 6, "month"),
    trap(amt(14, "2,500万円", None, 25000000, role="support", q=("at_most",)), "創業支援融資 保証限度額", CAP),
    amt(15, "1,000万円", None, 10000000, role=O, q=("at_most",)),
    amt(15, "1,500万円", None, 15000000, role=O, q=("at_most",)),
    amt(15, "1,000万円", 10000000, None, role=O, q=("at_least",)),
    trap(amt(16, "3,000万円", None, 30000000, role="support", q=("at_most",)), "創業支援融資 保証限度額 (特定創業支援事業)", CAP),
    dur(18, "1年超10年以内", 1, "year", hi=10, q=("at_least", "at_most")),
    dur(18, "1年以内", None, "year", hi=1, q=("at_most",)),
    pct(20, "0.8%", 0.8),
    pct(21, "2.0%以内", None, 2.0, q=("at_most",)),
    pct(22, "1.6%以内", None, 1.6, q=("at_most",)),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
