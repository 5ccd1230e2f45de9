from kinds import amt, cnt, date, dur, fyr, pct

DOC = "zaishin_r5_kengi_chiho_sosei_p116"
# 財政制度等審議会's 建議 (令和6年度予算の編成等に関する建議, 2023-11-20), 参考資料(3) page 116 as wic-net's text layer:
# the council's slide on the 地方創生 grant (`地方創生に向けた支援の現状①`) with three charts flattened one cell a line:
# the grant's support by type `(億円)` and the number of new adoptions `(件数)` in bare cells (`218`, `500`, `375` …: no
# mentions, GUIDE and issue 22), the shares with `%` in each cell (mentions, one each, the axis ticks `100%` … `0%` too:
# the cell carries its unit), the fiscal-year axis `H28` … `R5` (one fiscal_year each, GUIDE). Its one amount is a
# condition of the 企業版ふるさと納税 route: `寄附(200万円以上等)` (a donation's floor: `other`, at_least, fy null; a trap).
# `最長5年間` a duration at_most; `4年以上` a duration at_least. `(11/20)` in the wic-net header: the 建議's date
# (2023-11-20: the year inferred from the 建議 of the 令和6年度 budget, as fresh's wic-net `(12/24)`; arguable).
# `(116 ページ)`, `参考資料(3)`, `①`, the URL: no mentions. Site header lines kept (as the earlier wic-net decks).
# Blind audit: `一つの要因として` a count of 1 `つ` (added: the GUIDE's `の一つ`, office's `一つの例`, wild's `一つの類型`;
# not an idiom nor an enumeration like `一つには`).
O = "other"
M = [
    fyr(1, "令和6年度", 2024),
    fyr(4, "令和6年度", 2024), date(4, "11/20", "2023-11-20"),
    cnt(12, "一つ", 1, "つ"), amt(12, "200万円", 2000000, None, role=O, q=("at_least",)),
    dur(13, "5年間", None, "year", 5, q=("at_most",)),
    pct(24, "100%", 100), pct(25, "90%", 90), pct(27, "80%", 80), pct(28, "70%", 70), pct(30, "52%", 52),
    pct(32, "40%", 40), pct(34, "42%", 42), pct(37, "37%", 37), pct(39, "15%", 15),
    fyr(45, "H28", 2016), fyr(46, "H29", 2017), fyr(47, "H30", 2018), fyr(48, "R1", 2019), fyr(49, "R2", 2020),
    fyr(50, "H29", 2017),
    fyr(56, "H30", 2018), fyr(57, "R1", 2019), fyr(58, "R2", 2020), fyr(59, "R3", 2021), fyr(60, "R4", 2022),
    fyr(61, "R5", 2023),
    pct(62, "20.7%", 20.7), pct(63, "50%", 50),
    fyr(67, "H28", 2016),
    pct(70, "60%", 60), pct(72, "44%", 44),
    pct(78, "40%", 40), pct(79, "12.1%", 12.1), pct(80, "30%", 30), pct(81, "11%", 11), pct(82, "11%", 11),
    fyr(86, "R3", 2021), fyr(87, "R4", 2022), fyr(88, "R5", 2023),
    pct(89, "20%", 20), pct(90, "10%", 10), pct(91, "0.7%", 0.7), pct(92, "0%", 0),
    fyr(93, "H28", 2016), pct(94, "2.2%", 2.2), fyr(95, "H29", 2017), pct(96, "4.8%", 4.8), fyr(97, "H30", 2018),
    fyr(98, "R1", 2019), fyr(99, "R2", 2020),
    dur(100, "4年", 4, "year", None, q=("at_least",)),
]
ROWS: list[dict] = []
NOT_ROWS = [
    dict(line=12, text="200万円", value_yen=2000000, fy=None, mention_role=O, what="企業版ふるさと納税による寄附(200万円以上等)",
         reason="a donation's floor that opens a longer support period (a condition), not a budget"),
]
