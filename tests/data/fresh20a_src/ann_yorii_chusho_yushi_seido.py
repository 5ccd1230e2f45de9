from kinds import amt, date, dur, pct, trap, traps

DOC = "yorii_chusho_yushi_seido"
# 埼玉県寄居町's page on its 中小企業融資制度 (updated 2013-12-26): 小口金融融資 `限度額は…500万円` (a per-business loan cap:
# `support`, min null, at_most, a trap), its periods `5年` / `7年`; the 利子補助's `3年以内` and the `最高限度額は500万円` of
# principal it counts (a cap, `support`, at_most, a trap), `20%` / `10%` of the interest. No year for the money: fy null.
CAP = "a per-business ceiling of the loan scheme, not the scheme's budget"
M = [
    date(3, "2013年12月26日", "2013-12-26"),
    trap(amt(7, "500万円", None, 5000000, role="support", q=("at_most",)), "小口金融融資 限度額 (特別小口)", CAP),
    dur(7, "5年", 5, "year"),
    dur(7, "7年", 7, "year"),
    dur(15, "3年以内", None, "year", hi=3, q=("at_most",)),
    trap(amt(15, "500万円", None, 5000000, role="support", q=("at_most",)), "利子補助 対象元金 最高限度額", CAP),
    pct(15, "20%", 20),
    pct(15, "10%", 10),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
