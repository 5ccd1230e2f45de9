from kinds import amt, cnt, dur, trap, traps

DOC = "aizubange_kojo_ritchi_josei"
# 福島県会津坂下町's 工場等立地 助成 page: the 企業立地奨励金 requirements by industry as a flattened table: investment
# thresholds `投下固定資産額が1,000万円以上` / `500万円以上` (`support`, at_least, dev10c; traps) OR `新規常時雇用従業員数3人以上`
# (counts at_least); floor areas `250平方メートル以上` … physical units (no mentions); the grant (固定資産税 equivalent) for
# `5年間` (twice). `(1)` … `(4)`, `第2条第1号`, the cut `(昭和23年法律` no mentions. No year: fy null.
S = "support"
AL = ("at_least",)
M = [
    trap(amt(27, "1,000万円", 10000000, None, role=S, q=AL), "企業立地奨励金 製造業 投下固定資産額 要件", "an investment threshold"),
    cnt(27, "3人", 3, "人", None, q=AL),
    dur(28, "5年間", 5, "year"),
    dur(29, "5年間", 5, "year"),
    trap(amt(31, "500万円", 5000000, None, role=S, q=AL), "企業立地奨励金 情報通信業・サービス業 投下固定資産額 要件",
         "an investment threshold"),
    cnt(31, "3人", 3, "人", None, q=AL),
    trap(amt(34, "500万円", 5000000, None, role=S, q=AL), "企業立地奨励金 運輸業 投下固定資産額 要件", "an investment threshold"),
    cnt(34, "3人", 3, "人", None, q=AL),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
