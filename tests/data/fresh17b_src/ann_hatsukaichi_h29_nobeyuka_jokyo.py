from kinds import cnt, date, dur, fyr, pct

DOC = "hatsukaichi_h29_nobeyuka_jokyo"
# 廿日市市's page `公共施設の総延べ床面積の状況` (公共施設マネジメント課, 2019年1月1日): the target of its 公共施設マネジメント
# 基本方針 (`平成25年度から平成64年度までの40年間で総延べ床面積10万平方メートル(約2割)を縮減`) and a table of facilities
# and floor areas by category at the ends of FY2011 and FY2017, flattened one cell a line or a row a line. The table's
# cells (施設数, 延べ床面積, 割合 under `(平方メートル)` / `(パーセント)` headers, differences `△129.60`) are bare numbers, no
# mentions (GUIDE; fresh9b, fresh13b's 多可町). No money. `平成25年度`, `平成64年度` two fiscal-year points (GUIDE
# `XからYまで`; 平成 counted on past its end), `平成29年度末`, the headers `平成23年度末現在`, `平成29年度末現在` fiscal years;
# `40年間` a duration; `約2割` a percent (20, approx); `3つ` a count of `つ`; `2019年1月1日` the page's date.
# `10万平方メートル` an area; `0081122` a page ID.
M = [
    date(5, "2019年1月1日", "2019-01-01"),
    cnt(6, "3つ", 3, "つ"),
    fyr(7, "平成25年度", 2013), fyr(7, "平成64年度", 2052), dur(7, "40年間", 40, "year"), pct(7, "2割", 20, q=("approx",)),
    fyr(8, "平成29年度", 2017),
    fyr(10, "平成23年度", 2011), fyr(10, "平成29年度", 2017),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
