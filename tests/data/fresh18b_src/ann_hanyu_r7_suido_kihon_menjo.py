from kinds import amt, cnt, date, dur, trap, traps

DOC = "hanyu_r7_suido_kihon_menjo"
# 埼玉県羽生市's page (2025-12-23): the water base fee waived for two months (物価高騰対応重点支援地方創生臨時交付金). The two
# months' base fee by meter size `2,750円` … `99,000円` in a markdown table whose cells carry their unit: the relief one
# customer gets, `support`, per null (two months' fee; the GUIDE has no such per), fy null, traps. The worked example's
# bills before and after (`10,406円`, `7,964円` twice, `18,370円`, `7,656円`, `15,620円`): `other`, traps (NEW kind of trap: a
# household's bill in an example). `2か月間`, `2か月ごと`, `2か月分` (three times), `2か月に1度` durations (the `1度` a count
# of `度`, as `最低月2回`'s 回; arguable). The reading districts' periods: `令和8年2月検針分(令和7年12月上旬から令和8年2月上旬までの
# 使用分)` three month points (`上旬` dropped, GUIDE's `半ば`; `XからYまで` two points). `20立方メートル`, `64立方メートル`, `13mm`
# … physical units; headings `1` `2` `3`: no mentions.
S, O = "support", "other"
SZ = "the two months' base fee waived for one customer by meter size (a relief size), not a budget row"
EX = "a household's bill in a worked example, not a budget row"
M = [
    date(1, "2025年12月23日", "2025-12-23"), date(2, "2025年12月23日", "2025-12-23"),
    dur(3, "2か月間", 2, "month"),
    dur(6, "2か月ごと", 2, "month"), dur(6, "2か月分", 2, "month"),
    dur(8, "2か月分", 2, "month"),
    trap(amt(10, "2,750円", 2750, role=S), "13mm 2か月分の基本料金 (免除額)", SZ),
    trap(amt(11, "2,860円", 2860, role=S), "20mm 2か月分の基本料金 (免除額)", SZ),
    trap(amt(12, "3,080円", 3080, role=S), "25mm 2か月分の基本料金 (免除額)", SZ),
    trap(amt(13, "3,410円", 3410, role=S), "30mm 2か月分の基本料金 (免除額)", SZ),
    trap(amt(14, "5,500円", 5500, role=S), "40mm 2か月分の基本料金 (免除額)", SZ),
    trap(amt(15, "14,300円", 14300, role=S), "50mm 2か月分の基本料金 (免除額)", SZ),
    trap(amt(16, "33,000円", 33000, role=S), "75mm 2か月分の基本料金 (免除額)", SZ),
    trap(amt(17, "55,000円", 55000, role=S), "100mm 2か月分の基本料金 (免除額)", SZ),
    trap(amt(18, "99,000円", 99000, role=S), "200mm 2か月分の基本料金 (免除額)", SZ),
    dur(19, "2か月分", 2, "month"),
    trap(amt(20, "10,406円", 10406, role=O), "(免除前) 水道料金 (使用例)", EX),
    trap(amt(20, "7,964円", 7964, role=O), "(免除前) 下水道使用料 (使用例)", EX),
    trap(amt(20, "18,370円", 18370, role=O), "(免除前) ご請求額 (使用例)", EX),
    trap(amt(21, "7,656円", 7656, role=O), "(免除後) 水道料金 (使用例)", EX),
    trap(amt(21, "7,964円", 7964, role=O), "(免除後) 下水道使用料 (使用例)", EX),
    trap(amt(21, "15,620円", 15620, role=O), "(免除後) ご請求額 (使用例)", EX),
    date(24, "令和8年2月", "2026-02"), date(24, "令和7年12月", "2025-12"), date(24, "令和8年2月", "2026-02"),
    date(25, "令和8年3月", "2026-03"), date(25, "令和8年1月", "2026-01"), date(25, "令和8年3月", "2026-03"),
    dur(26, "2か月", 2, "month"), cnt(26, "1度", 1, "度"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
