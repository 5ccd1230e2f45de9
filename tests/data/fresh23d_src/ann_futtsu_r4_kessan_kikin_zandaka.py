from kinds import amt, cnt, date, fyr, pct, trap, traps

DOC = "futtsu_r4_kessan_kikin_zandaka"
# 千葉県富津市's 広報ふっつ (令和5年11月号, mykoho): the 令和4年度 settlement's totals and changes, the funds' balance with the
# 財政調整基金's deposit and drawdown, and the bonds' balance. Every amount is a settled figure, a change, a balance or a
# per-resident figure: `other`, a trap. fy 2022 from the label `◆令和4年度決算の概要` (GUIDE: a label applies until the next;
# the fund section under it is the same settlement); the previous year's balances `前年度の37億円` and `前年度の155億4千万円`
# (cut by the store) fy 2021 (the year before the label's: NEW for `前年度の` + a balance, following the GUIDE's
# `前年度予算額` → the previous year). `令和3年度に…給付金が約8億3千万円の減額` is 令和4年度's decrease: fy 2022 (the year
# names the earlier spending, not the amount). `2分の1以上` a fraction (no mention). `41,536人` a count; `494,738円` per
# resident `other`, per null. `令和4年12月`, `令和5年4月` dates; `令和5年3月31日` a date.
O, A = "other", ("approx",)
M = [
    fyr(2, "令和4年度", 2022), fyr(2, "令和5年度", 2023),
    fyr(3, "令和4年度", 2022),
    trap(amt(6, "215億79万円", 21500790000, role=O, fy=2022), "一般会計 歳入決算額", "a settled total"),
    pct(6, "2.5%", 2.5),
    trap(amt(6, "205億4,942万円", 20549420000, role=O, fy=2022), "一般会計 歳出決算額", "a settled total"),
    pct(6, "0.2%", 0.2),
    fyr(6, "令和3年度", 2021),
    trap(amt(6, "8億3千万円", 830000000, role=O, fy=2022, q=A), "給付金の減額", "a settled change"),
    date(6, "令和4年12月", "2022-12"),
    trap(amt(6, "5億2千万円", 520000000, role=O, fy=2022, q=A), "広域火葬場整備事業の増額", "a settled change"),
    date(6, "令和5年4月", "2023-04"),
    trap(amt(6, "3億4千万円", 340000000, role=O, fy=2022, q=A), "市立図書館整備事業の増額", "a settled change"),
    trap(amt(7, "6千万円", 60000000, role=O, fy=2022, q=A), "市税全体の減額", "a settled change"),
    fyr(8, "令和4年度", 2022),
    trap(amt(8, "494,738円", 494738, role=O, fy=2022), "市民1人あたりに使われたお金", "an amount per resident"),
    cnt(9, "41,536人", 41536, "人"),
    date(10, "令和5年3月31日", "2023-03-31"),
    trap(amt(15, "37億円", 3700000000, role=O, fy=2021), "基金残高 (前年度)", "a fund balance"),
    trap(amt(15, "5億6千万円", 560000000, role=O, fy=2022), "基金残高の増", "a change of the funds"),
    trap(amt(15, "42億6千万円", 4260000000, role=O, fy=2022), "基金残高 (令和4年度末)", "a fund balance"),
    trap(amt(15, "6億3千万円", 630000000, role=O, fy=2022), "財政調整基金 積立 (前年度決算剰余金)", "a deposit into a fund"),
    trap(amt(15, "4億5千万円", 450000000, role=O, fy=2022), "財政調整基金 取崩し", "a fund's drawdown"),
    trap(amt(15, "26億8千万円", 2680000000, role=O, fy=2022), "財政調整基金 残高", "a fund balance"),
    trap(amt(19, "155億4千万円", 15540000000, role=O, fy=2021), "市債残高 (前年度)", "a debt balance"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
