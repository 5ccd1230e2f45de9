from kinds import amt, cnt, date, dur, fyr, trap, traps

DOC = "moriyama_r4_kakeibo_3"
# 滋賀県守山市 (広報もりやま 令和5年12月15日号, もりやまの家計簿(3)): the 行政コスト計算書 of 令和4年度 (its table an image) and
# `1人あたりの純経常行政コスト合計 32.2万円` (the year's net cost per resident): `other`, per null, fy 2022 (the population date
# 令和5年3月31日 ends 令和4年度; the article's 令和4年度決算), a trap. `人口85,675人` a count; `※1` / `※2` note marks; `1年間`
# a duration; `平成19年6月` (the 財政健全化法's passing) a date.
M = [
    dur(2, "1年間", 1, "year"),
    dur(5, "1年間", 1, "year"),
    trap(amt(10, "32.2万円", 322000, role="other", fy=2022), "1人あたりの純経常行政コスト",
         "the year's net running cost per resident (a statement's result), not a budget"),
    cnt(11, "85,675人", 85675, "人"),
    date(11, "令和5年3月31日", "2023-03-31"),
    fyr(15, "令和4年度", 2022),
    date(16, "平成19年6月", "2007-06"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
