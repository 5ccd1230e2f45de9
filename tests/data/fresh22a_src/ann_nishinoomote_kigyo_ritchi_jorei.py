from kinds import amt, cnt, dur, trap, traps

DOC = "nishinoomote_kigyo_ritchi_jorei"
# 鹿児島県西之表市's 企業等立地促進条例 page: `新規雇用者が3人以上` a count at_least; `(最大3年間)` a duration, at_most;
# `新規雇用者1人につき12万円` the grant per employee (`support`); `(1対象事業者につき1回2,000万円を限度)` the cap
# (`support`, at_most, min null) with `1回` a count of 1 (how often); `1対象事業者につき` a rate marker (no count).
# `4分の1`, list numbers `1.` … `(7)`, phone numbers and `内線 271` no mentions. No year: fy null.
S = "support"
M = [
    cnt(6, "3人", 3, "人", None, q=("at_least",)),
    dur(19, "3年間", None, "year", 3, q=("at_most",)),
    trap(amt(21, "12万円", 120000, role=S), "雇用促進奨励金 新規雇用者1人につき", "a grant per employee"),
    cnt(21, "1回", 1, "回"),
    trap(amt(21, "2,000万円", None, 20000000, role=S, q=("at_most",)), "雇用促進奨励金 1対象事業者につき限度",
         "a cap per company"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
