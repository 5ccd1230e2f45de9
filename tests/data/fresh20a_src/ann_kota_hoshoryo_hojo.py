from kinds import amt, cnt, dur, trap, traps

DOC = "kota_hoshoryo_hojo"
# 愛知県幸田町's page on its 信用保証料補助 for the prefecture's 小規模企業等振興資金 taken through the town: the subsidy equals
# the guarantee fee with `20万円を限度` (a per-business cap: `support`, min null, at_most, fy null, a trap); `100円未満` (the
# rounding, twice) `other` at_most; `24か月以内`, `12か月を超えない` (at_most), `12か月を超える` (at_least), `15日以内` durations;
# `1回` a count. `セーフティネット5号`, form numbers `様式第1号`, file sizes `85KB`, the formula `÷12×(24-経過月数)` and the phone
# number are no mentions. The page writes no year: no fy.
O = "other"
M = [
    amt(6, "100円未満", None, 100, role=O, q=("at_most",)),
    trap(amt(6, "20万円", None, 200000, role="support", q=("at_most",)), "信用保証料補助 限度額",
         "a per-business cap on the guarantee-fee subsidy, not the scheme's budget"),
    dur(7, "24か月以内", None, "month", hi=24, q=("at_most",)),
    amt(7, "100円未満", None, 100, role=O, q=("at_most",)),
    dur(8, "12か月", None, "month", hi=12, q=("at_most",)),
    dur(9, "12か月", 12, "month", hi=None, q=("at_least",)),
    dur(21, "15日以内", None, "day", hi=15, q=("at_most",)),
    cnt(23, "1回", 1, "回"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
