from kinds import amt, cnt, date, dur, fyr, pct, trap, traps

DOC = "kameyama_r7_kisai_shokan_sim"
# A 亀山市 councillor's diary (服部こうき, the entry dated `【25.03.17】`) on the 償還シミュレーション of the bonds for four
# large facility projects: their 起債総額 `143億円`, about `10億円` a year of repayment from 2032 to 2055, the 公債費 that keeps
# the 公債費負担比率 under 15% (`22億円ほど` a year, of which `10億円ほど` the projects and `12億円ほど` the rest), and the
# 公債費 of the nine years 2017-2025 (`179億円ほど`, `年平均で20億円ほど`). No appropriation: all `other`, fy null (several
# years' money or a yearly level over a span), `ほど` approx; `毎年` / `毎年度の` / `年平均で` make per `year`. Traps: the
# bond total, the yearly repayment and 公債費 levels, the nine years' sum. `【25.03.17】` (a two-digit dotted year) is no
# mention (fresh11a's `22.9.30`), but it fixes the month and year of `6日` and `21日` (2025-03: the entry's own month).
# `2032(令和14)年頃` / `2055(令和37)年頃` one date each (era and Gregorian together), `頃` approx; `2017(平成29)年度` one
# fiscal year (the Gregorian half has no 年度 of its own).
O = "other"
M = [
    cnt(2, "4つ", 4, "つ"),
    trap(amt(2, "143億円", 14300000000, role=O),
         "4つの大規模施設整備事業の起債総額", "the bonds of four projects over several years, not a budget"),
    fyr(3, "令和6年度", 2024), fyr(3, "令和7年度", 2025),
    cnt(4, "4つ", 4, "つ"),
    date(6, "6日", "2025-03-06"), date(6, "21日", "2025-03-21"),
    cnt(7, "4つ", 4, "つ"),
    trap(amt(7, "143億円", 14300000000, role=O), "起債総額 (4事業)", "the bonds of four projects over several years, not a budget"),
    date(8, "2032(令和14)年", "2032", q=("approx",)), date(8, "2055(令和37)年", "2055", q=("approx",)),
    dur(8, "24年間", 24, "year"),
    trap(amt(8, "10億円", 1000000000, role=O, q=("approx",), per="year"),
         "毎年の償還額 (シミュレーション)", "a projected yearly repayment, not an appropriation"),
    fyr(9, "令和6年度", 2024), fyr(9, "令和7年度", 2025),
    pct(10, "15%", None, 15, q=("at_most",)),
    trap(amt(10, "22億円", 2200000000, role=O, q=("approx",), per="year"),
         "毎年度の公債費額 (目安)", "a ceiling on the yearly debt service, not a budget"),
    amt(10, "10億円", 1000000000, role=O, q=("approx",), per="year"),
    amt(10, "12億円", 1200000000, role=O, q=("approx",), per="year"),
    fyr(11, "2017(平成29)年度", 2017), fyr(11, "2025(令和7)年度", 2025),
    dur(11, "9年間", 9, "year"),
    dur(12, "9年間", 9, "year"),
    trap(amt(12, "179億円", 17900000000, role=O, q=("approx",)), "9年間の公債費", "nine years' debt service summed, not one year's budget"),
    amt(12, "20億円", 2000000000, role=O, q=("approx",), per="year"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
