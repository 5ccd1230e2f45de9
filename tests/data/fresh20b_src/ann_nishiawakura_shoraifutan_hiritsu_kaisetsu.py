from kinds import amt, dur, fyr, pct, trap, traps

DOC = "nishiawakura_shoraifutan_hiritsu_kaisetsu"
# 岡山県西粟倉村's 広報 explaining its 将来負担比率 (mykoho, 2024年3月号): the ratio below zero in 平成29年度 and 平成30年度
# (`マイナス41・1%`, `マイナス14・7%`: negative percents, `・` the decimal point as fresh14d's 袋井市), its rise, the 起債現在高
# up `約5億円程度` from 令和2年度 to 令和3年度 (`other`, fy 2021: a change belongs to the later year, approx; a trap), the
# bonds' 償還期間 `10年~12年` (one duration range). `0%以下` at_most (min null); every 年度 a fiscal year; `5ヶ年計画` a
# duration of 5 years.
O = "other"
M = [
    fyr(3, "平成29年度", 2017), pct(3, "0%", None, 0, q=("at_most",)), pct(3, "マイナス41・1%", -41.1),
    fyr(3, "平成30年度", 2018), pct(3, "0%", None, 0, q=("at_most",)), pct(3, "マイナス14・7%", -14.7),
    fyr(3, "平成29年度", 2017), fyr(3, "平成30年度", 2018), pct(3, "26・4%", 26.4),
    fyr(3, "平成30年度", 2018),
    fyr(4, "令和2年度", 2020), fyr(4, "令和3年度", 2021),
    trap(amt(4, "5億円", 500000000, role=O, fy=2021, q=("approx",)),
         "起債現在高の増加 (令和2→3年度)", "a change of the bond balance, not a budget"),
    pct(4, "16.0%", 16.0),
    fyr(5, "令和3年度", 2021), fyr(5, "令和3年度", 2021), fyr(5, "令和4年度", 2022), fyr(5, "令和5年度", 2023),
    fyr(5, "令和6年度", 2024), fyr(5, "令和4年度", 2022), fyr(5, "令和5年度", 2023), fyr(5, "令和4年度", 2022),
    dur(5, "5ヶ年", 5, "year"), fyr(5, "令和8年度", 2026),
    dur(6, "10年~12年", 10, "year", 12),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
