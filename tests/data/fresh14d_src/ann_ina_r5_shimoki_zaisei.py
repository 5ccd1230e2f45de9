from kinds import amt, date, fyr, pct, trap, traps

DOC = "ina_r5_shimoki_zaisei"
# 伊奈町's year-end report (令和5年度, at 令和6年3月31日; mykoho 広報いな 2024年7月号). The general account's 当初予算 and
# 最終予算額 (the headline repeats it) `budget` FY2023, account totals, traps; the amounts received and paid `other`, traps.
# `3月末日` the last day of March 2024; `5月末まで` null..2024-05, at_most (GUIDE's lone まで; this year's 出納整理期間
# end). `単位未満を四捨五入` no mention.
B, O, FY = "budget", "other", 2023
A = "an account's total (an account is not a programme)"
M = [
    date(1, "令和6年3月31日", "2024-03-31"),
    trap(amt(3, "155億2,621万7千円", 15526217000, fy=FY), "一般会計歳入歳出予算額 (headline)", A),
    fyr(4, "令和5年度", FY),
    trap(amt(4, "142億8,800万円", 14288000000, fy=FY), "一般会計当初予算", A),
    trap(amt(4, "155億2,621万7千円", 15526217000, fy=FY), "最終予算額 (繰越額を含む)", A),
    pct(5, "89.0%", 89.0),
    trap(amt(5, "138億2,310万円", 13823100000, role=O, fy=FY), "収入済み", "revenue received"),
    pct(5, "80.7%", 80.7),
    trap(amt(5, "125億3,445万6千円", 12534456000, role=O, fy=FY), "支出済み", "expenditure paid (執行額)"),
    fyr(6, "令和5年度", FY),
    date(7, "3月末日", "2024-03-31"), date(7, "5月", None, "2024-05", q=("at_most",)),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
