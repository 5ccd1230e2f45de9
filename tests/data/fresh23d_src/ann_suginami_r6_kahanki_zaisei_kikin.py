from kinds import amt, cnt, pct, trap, traps

DOC = "suginami_r6_kahanki_zaisei_kikin"
# 東京都杉並区's 広報 (mykoho, municipality code 131156) 6年度下半期 区の財政状況(2): property and fund holdings at 7年3月末,
# the 積立基金's 運用利子額 and 運用利回り, the ward bonds, and the 7年度当初予算's totals. Every year is written without an era
# (`6年度`, `7年3月末`, `7年3月31日`): no fiscal-year or date mentions (GUIDE), but they give the amounts their fy (fresh15a's
# era-less `5年度`; the era is 令和, named in the quoted title `「財政のあらまし―令和6年度下半期の財政状況―」`, itself no
# mention): `7年3月末` and `6年度` → 2024, `7年度` → 2025. Holdings, the fund's balance `1015億2385万円`, its interest
# `1億7076万円` (twice: prose and table), bond balances and their change: `other`, fy 2024, traps. The 7年度 general account
# `2456億円` and the four accounts' `3600億404万円`: `budget`, fy 2025, traps (totals, not programmes); their change
# `235億5566万円` `other` fy 2025. `0.168%` the yield (twice); `10.2%`, `7.0%` changes; `3つの特別会計` 3 つ. `1万円未満を
# 四捨五入` a rounding unit (no mention); `2階` a floor.
O, B = "other", "budget"
M = [
    trap(amt(3, "7762億4735万円", 776247350000, role=O, fy=2024), "公有財産等 現在高 (7年3月末)", "holdings"),
    trap(amt(4, "1億7076万円", 170760000, role=O, fy=2024), "積立基金 運用利子額 (6年度)", "a fund's interest"),
    pct(4, "0.168%", 0.168),
    trap(amt(10, "1015億2385万円", 101523850000, role=O, fy=2024), "積立基金現在高", "a fund balance"),
    trap(amt(11, "1億7076万円", 170760000, role=O, fy=2024), "積立基金 運用利子額", "a fund's interest"),
    pct(12, "0.168%", 0.168),
    trap(amt(14, "336億9007万円", 33690070000, role=O, fy=2024), "区債現在高 (7年3月末)", "a debt balance"),
    trap(amt(14, "8億6418万円", 864180000, role=O, fy=2024), "区債現在高の減", "a change"),
    trap(amt(17, "2456億円", 245600000000, role=B, fy=2025), "7年度 一般会計 当初予算", "a budget total"),
    pct(17, "10.2%", 10.2),
    cnt(19, "3つ", 3, "つ"),
    trap(amt(19, "3600億404万円", 360004040000, role=B, fy=2025), "7年度 総予算額 (一般会計と3特別会計)", "a budget total"),
    trap(amt(19, "235億5566万円", 23555660000, role=O, fy=2025), "総予算額の前年度比増", "a change"),
    pct(19, "7.0%", 7.0),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
