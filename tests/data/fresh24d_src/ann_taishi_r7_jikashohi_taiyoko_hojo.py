from kinds import amt, date, fyr, pct, trap, traps

DOC = "taishi_r7_jikashohi_taiyoko_hojo"
# 兵庫県太子町's page on a planned grant for self-consumed rooftop solar with a battery. `7万円/kW` a unit grant per kW
# (`support`, per null, no qualifier: fresh23c's unit grants); `上限14.1万円/kWh` the cap on the unit cost the battery's
# third is taken of: `support`, at_most. Both take fy 2025: the page says the scheme rests on `令和7年度補正予算案`
# (follows fresh23c's 東北町, arguable); role stays `support` (terms per household, not the supplementary budget). `上限5kW`,
# `5kWh` physical units; `3分の1` a fraction; `30%以上` at_least; `令和7年10月1日` a date; `3月末までに` null..2026-03,
# at_most (the month after October rolls into the next year, GUIDE).
S = "support"
M = [
    trap(amt(4, "7万円", 70000, role=S, fy=2025), "太陽光発電設備 7万円/kW", "a unit grant per kW (support)"),
    trap(amt(5, "14.1万円", None, 141000, role=S, fy=2025, q=("at_most",)), "蓄電池 上限14.1万円/kWh",
         "the cap on the unit cost a battery's grant is counted on (support)"),
    pct(8, "30%", 30, None, q=("at_least",)),
    date(10, "令和7年10月1日", "2025-10-01"),
    fyr(11, "令和7年度", 2025),
    date(13, "3月末", None, "2026-03", q=("at_most",)),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
