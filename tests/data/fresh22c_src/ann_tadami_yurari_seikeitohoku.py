from kinds import amt, date, dur, pct, trap, traps

DOC = "tadami_yurari_seikeitohoku"
# 政経東北 (a regional magazine, undated) on 福島県只見町's third sector 株式会社季の郷湯ら里 and the town's capital increase,
# quoting the town council's 2018 report. `10月` (the increase) with no year on the page: no mention (fresh19a). The
# national package `事業費6兆0100億円、国費2兆6700億円` of the Uruguay Round measures (a multi-year national programme's
# total and its national share, `予算執行した`): `budget`, fy null, traps (a package total, not a yearly programme row).
# `平成5(1993)年11月16日` one date (GUIDE: era and Gregorian together); `5割強` 50..null at_least; `最初の2年間` 2 year.
M = [
    date(3, "1996年", "1996"),
    dur(3, "2年間", 2, "year"),
    date(3, "1998年", "1998"),
    date(4, "2018年", "2018"),
    date(6, "平成5(1993)年11月16日", "1993-11-16"),
    trap(amt(6, "6兆0100億円", 6010000000000, role="budget"), "ウルグアイラウンド農業合意関連国内対策 事業費",
         "a multi-year national package's total"),
    trap(amt(6, "2兆6700億円", 2670000000000, role="budget"), "ウルグアイラウンド農業合意関連国内対策 国費",
         "the national share of a multi-year package"),
    pct(6, "5割", 50, None, q=("at_least",)),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
