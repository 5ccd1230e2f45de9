from kinds import amt, cnt, fyr, trap, traps

DOC = "uchinada_shin_toshokan_kihon_keikaku"
# A trade paper's item (senmonshi, undated) on 石川県内灘町's draft basic plan for a new library: the 総建設費 as a range
# `29億1100万〜33億2100万円` and its mean `31億1600万円` (estimates: `other`, fy null, traps), `2020年度` a fiscal year, the
# two-digit `26年度`…`29年度` no mentions (GUIDE), `16日までに` no mention (no month or year is written), `5つ`, `2つ`,
# `80台`, `17万冊` counts; areas and the address `4丁目` no mentions; `(1)`…`(5)` list numbers.
O = "other"
M = [
    fyr(1, "2020年度", 2020),
    trap(amt(1, "29億1100万〜33億2100万円", 2911000000, 3321000000, role=O), "新図書館 総建設費 (概算)",
         "a cost estimate of a planned library, not an appropriation"),
    trap(amt(1, "31億1600万円", 3116000000, role=O), "総建設費の平均値", "the mean of the estimate's range"),
    cnt(3, "5つ", 5, "つ"),
    cnt(4, "80台", 80, "台"), cnt(4, "17万冊", 170000, "冊"),
    cnt(6, "2つ", 2, "つ"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
