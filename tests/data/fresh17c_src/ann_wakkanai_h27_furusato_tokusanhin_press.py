from kinds import amt, cnt, date, trap, traps

DOC = "wakkanai_h27_furusato_tokusanhin_press"
# 稚内市 (北海道)'s answer in its council's 議案特別委員会 on the gifts for ふるさと納税 begun in November, as 稚内プレス reports it
# (address 2015/12/11): `2687人`, `1日平均92人`, `3600万円で1日124万円の寄付`. Donations so far and per day are `other`, fy null
# (no fiscal year written), traps; `1日124万円` a daily rate (no `per` value for a day in the GUIDE: per null; `1日` and
# `1日平均` the rate's period, no duration: fresh16a's `1日平均`). `10日` 2015-12-10, `11月` (×3) 2015-11, `12月` 2015-12
# (the address's year and month: fresh10a). `2687人`, `92人` counts of 人.
O = "other"
M = [
    date(1, "10日", "2015-12-10"),
    date(2, "11月", "2015-11"), date(2, "11月", "2015-11"),
    cnt(2, "2687人", 2687, "人"), cnt(2, "92人", 92, "人"),
    trap(amt(2, "3600万円", 36000000, role=O), "ふるさと納税の寄付 (11月からこれまで)",
         "donations received so far (ふるさと納税 results), not a budget"),
    trap(amt(2, "124万円", 1240000, role=O), "ふるさと納税の寄付 (1日)",
         "donations received per day (a rate of results), not a budget"),
    date(2, "12月", "2015-12"), date(2, "11月", "2015-11"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
