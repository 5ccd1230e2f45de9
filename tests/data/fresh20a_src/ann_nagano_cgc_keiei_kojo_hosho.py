from kinds import amt, dur, pct, trap, traps

DOC = "nagano_cgc_keiei_kojo_hosho"
# 長野県信用保証協会's page on 経営力向上関連保証 (a 別枠保証): the table's `保証限度額 | 8億8,000万円(組合等16億8,000万円)` cells
# carry their own unit: per-business caps (`support`, min null, at_most, traps); `保証期間` durations with `以内`; `保証料率 |
# 0.44%~0.80%` a range. `保証対象者(2)` a list reference. No year: fy null.
CAP = "a per-business guarantee ceiling, not the scheme's budget"
M = [
    trap(amt(9, "8億8,000万円", None, 880000000, role="support", q=("at_most",)), "経営力向上関連保証 保証限度額", CAP),
    trap(amt(9, "16億8,000万円", None, 1680000000, role="support", q=("at_most",)), "経営力向上関連保証 保証限度額 (組合等)", CAP),
    dur(10, "5年以内", None, "year", hi=5, q=("at_most",)),
    dur(10, "1年以内", None, "year", hi=1, q=("at_most",)),
    dur(10, "7年以内", None, "year", hi=7, q=("at_most",)),
    dur(10, "1年以内", None, "year", hi=1, q=("at_most",)),
    pct(13, "0.44%~0.80%", 0.44, 0.8),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
