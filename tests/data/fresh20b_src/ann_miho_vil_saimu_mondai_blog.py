from kinds import amt, date, dur, fyr, pct, trap, traps

DOC = "miho_vil_saimu_mondai_blog"
# A resident's page on 茨城県美浦村's debt from the village's 「むらの家計簿」 (広報みほ), 1980-2015: the general account's
# accumulated bond debt by year (`1988(昭和63)年に12億円弱`, `1992(平成4)年に31億4千5百万円` ...), the 2014 tax revenue it
# passed and the 平成27年度 tax total. Balances and revenues are `other`, fy the year they are written with (a
# Gregorian-and-era year `1991(平成3)年` names the balance's year; the level over 1980-1987 `毎年10億円前後` fy null,
# `前後` approx, no per: a level of a balance, not a yearly flow), traps. `弱` approx (fresh10b's `四億円弱`); `2倍`, `3倍`
# no mentions; `111%` a percent. Each `NNNN(era)年` is one date (GUIDE: era and Gregorian together), `2003(平成15)年以降`
# at_least (open end), the two ends of `1980(昭和55)から1987(昭和62)年まで` two points.
O = "other"
BAL = "the village's accumulated bond debt (一般会計) in a year, not an appropriation"
M = [
    date(2, "1980(昭和55)年", "1980"), date(2, "2015(平成27)年", "2015"), dur(2, "35年間", 35, "year"),
    date(3, "2003(平成15)年", "2003", None, q=("at_least",)),
    date(4, "1980(昭和55)", "1980"), date(4, "1987(昭和62)年", "1987"),
    trap(amt(4, "10億円", 1000000000, role=O, q=("approx",)), "一般会計の累積債務 (1980-1987 毎年)", BAL),
    date(4, "1988(昭和63)年", "1988"),
    trap(amt(4, "12億円", 1200000000, role=O, fy=1988, q=("approx",)), "累積債務 (1988年)", BAL),
    date(4, "1991(平成3)年", "1991"),
    trap(amt(4, "26億円", 2600000000, role=O, fy=1991), "累積債務 (1991年)", BAL),
    date(4, "1992(平成4)年", "1992"),
    trap(amt(4, "31億4千5百万円", 3145000000, role=O, fy=1992), "累積債務 (1992年, ピーク)", BAL),
    dur(4, "5年間", 5, "year"),
    date(5, "2000(平成12)年", "2000"),
    trap(amt(5, "11億円", 1100000000, role=O, fy=2000), "累積債務 (2000年)", BAL),
    date(5, "2001(平成13)年", "2001"),
    trap(amt(5, "29億円", 2900000000, role=O, fy=2001), "累積債務 (2001年)", BAL),
    date(5, "2014(平成26)年", "2014"),
    trap(amt(5, "57億円", 5700000000, role=O, fy=2014), "税収 (2014年)", "the village's tax revenue, not a programme's budget"),
    amt(5, "6億5千万円", 650000000, role=O, fy=2014),
    trap(amt(5, "63億4千万円", 6340000000, role=O, fy=2014), "累積債務 (2014年)", BAL),
    pct(5, "111%", 111),
    fyr(5, "平成27年度", 2015),
    trap(amt(5, "119億5千万円", 11950000000, role=O, fy=2015), "税収総額 (平成27年度決算)", "a settled tax revenue total, not a budget"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
