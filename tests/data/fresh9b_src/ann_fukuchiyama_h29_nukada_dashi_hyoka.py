from kinds import date, fyr

DOC = "fukuchiyama_h29_nukada_dashi_hyoka"
# 京都府福知山市: 平成29年度 事務事業評価シート of 額田ダシまつり補助事業 (a document-sharing copy; the first line is the
# sharing site's title, the second the sheet flattened). The unit is in a header (`( 単位 : 千円 )`) far from the few
# figures, which are bare (`対象者数 10,000`, `一人当りコスト 0.11`): no amounts, no counts (a bare cell takes no counter
# from its label unless written with 万/億, GUIDE). Fiscal years: the sheet's year, the start and end years written as era
# and Gregorian (`平成 18(2006)`, `平成 32(2020)`: a fiscal year written twice is two mentions, GUIDE), `H28` (the
# reference year of the expenses). `2017/3/31` (作成日時) is a date. `(130321)` is a code, `( フラグ 1)` a flag.
M = [
    fyr(2, "平成 29 年度", 2017), date(2, "2017/3/31", "2017-03-31"),
    fyr(2, "平成 18", 2006), fyr(2, "2006", 2006), fyr(2, "平成 32", 2020), fyr(2, "2020", 2020),
    fyr(2, "H28", 2016),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
