from kinds import date, fyr, pct

DOC = "toyonaka_shusshi_hojin_hyoka"
# 大阪府豊中市's page on its evaluation of 出資法人等 (updated 2024-09-23). No money: the guideline's date
# `平成22年(2010年)11月` one date (GUIDE), the first evaluation `平成24年度(平成23年度分)` two fiscal years, the
# threshold `25パーセント以上` at_least. `ページ番号`, list numbers no mentions; `毎年度` no number.
M = [
    date(7, "2024年9月23日", "2024-09-23"),
    date(8, "平成22年(2010年)11月", "2010-11"),
    fyr(10, "平成24年度", 2012),
    fyr(10, "平成23年度", 2011),
    pct(15, "25パーセント", 25, None, q=("at_least",)),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
