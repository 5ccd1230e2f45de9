from kinds import amt, cnt, date, dur, pct, trap, traps

DOC = "kuriyama_kigyo_ritchi_jorei_stayway"
# 北海道栗山町's 企業立地促進条例 grants as a portal record (biz.stayway.jp): `上限金額・助成額4000万円` the portal's maximum
# (`support`, at_most, min null), `経費補助率 100%` a percent; the rates `20/100~50/100`, `全額~50/100` fractions (no
# mentions); `1名あたり30万円` a grant per employee (`support`); under `■限度額`: `400万円~2,000万円` a range of caps by
# investment and staff (`support`, 4,000,000..20,000,000 as written, at_most from the 限度額 label: NEW, arguable — the
# GUIDE's cap leaves min open, but the text writes the range of caps), `1,000万円` twice caps (at_most). The application
# window `2025/04/01` / `2026/03/31` two dates; the amounts keep fy null (a window, no fiscal-year label; arguable).
# `3年間` (twice) durations; `3名以上` a count at_least. Postcode, address, phone numbers no mentions.
S = "support"
AM, AL = ("at_most",), ("at_least",)
M = [
    trap(amt(2, "4000万円", None, 40000000, role=S, q=AM), "上限金額・助成額", "the portal's maximum per company"),
    pct(4, "100%", 100),
    dur(14, "3年間", 3, "year"),
    trap(amt(16, "30万円", 300000, role=S), "雇用増に対する助成 1名あたり", "a grant per employee"),
    cnt(17, "3名", 3, "名", None, q=AL),
    trap(amt(19, "400万円~2,000万円", 4000000, 20000000, role=S, q=AM), "限度額 土地・建物・設備取得", "a range of caps"),
    trap(amt(20, "1,000万円", None, 10000000, role=S, q=AM), "限度額 雇用増", "a cap per company"),
    dur(21, "3年間", 3, "year"),
    trap(amt(21, "1,000万円", None, 10000000, role=S, q=AM), "限度額 水道料金 3年間合計", "a cap per company"),
    date(23, "2025/04/01", "2025-04-01"),
    date(24, "2026/03/31", "2026-03-31"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
