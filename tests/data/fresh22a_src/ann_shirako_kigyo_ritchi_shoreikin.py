from kinds import amt, cnt, dur, trap, traps

DOC = "shirako_kigyo_ritchi_shoreikin"
# 千葉県白子町's 企業立地奨励金等交付制度 page: the 指定 requirements `投下固定資産の総額が新設…5,000万円以上、増設…2,000万円
# 以上` (`support`, at_least, dev10c: the size of the project the grant rewards; traps), `正規雇用者が5人以上` (twice) counts
# at_least; the grant is the 固定資産税 equivalent (no figure) for `5年間` (twice); `操業を開始する日の30日前まで` a duration of
# 30 day (the deadline's `まで` bounds the date, not the 30 days). `ID:4025`, `1.` … `3.` no mentions. No year: fy null.
S = "support"
AL = ("at_least",)
M = [
    trap(amt(18, "5,000万円", 50000000, None, role=S, q=AL), "指定要件 新設 投下固定資産の総額", "an investment threshold"),
    trap(amt(18, "2,000万円", 20000000, None, role=S, q=AL), "指定要件 増設 投下固定資産の総額", "an investment threshold"),
    cnt(19, "5人", 5, "人", None, q=AL),
    cnt(20, "5人", 5, "人", None, q=AL),
    dur(25, "5年間", 5, "year"),
    dur(26, "5年間", 5, "year"),
    dur(28, "30日", 30, "day"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
