from kinds import cnt, date, dur, pct

DOC = "tenbo2030_h29_sankou_shiryo"
# 2030年展望と改革タスクフォース (経済財政諮問会議's task force; 内閣府 secretariat), its report's 参考資料集 (2017) as
# vdocuments' transcript: charts flattened one cell a line (expected growth rates, long-term GDP forecasts, saving rates
# by age: bare cells under `(年率、%)`, `(前年度比、%)`, `(%)`: no mentions, GUIDE; the axes `2011 12 … 23-27`,
# `1999 2014` bare Gregorian years, `25未満 25~29 …` bare ages: no mentions) and a few sentences: `今後5年間` a duration,
# `2020年代は1%弱の成長` a decade (2020..2029) and a percent (`弱` read as approx, arguable: GUIDE's approx words are
# 約, 程度, 概ね, 数), the sources' survey months `2017年1月調査`, `2016年12月調査` dates, the occupations counted
# `702種類` …, `今後10年~20年` a duration range. No amount: the shape's precision on a council's growth charts.
# `2030年展望と改革タスクフォース` names the task force (a year inside a name: no mention, GUIDE). `0`, `1`, `2` page
# numbers, `1-1:`, `2-1:`, `第4次`, `高位8平均`: no mentions.
M = [
    dur(18, "5年間", 5, "year"),
    date(20, "2020年代", "2020", "2029"), pct(20, "1%", 1, q=("approx",)),
    date(24, "2017年1月", "2017-01"), date(24, "2016年12月", "2016-12"),
    cnt(66, "702種類", 702, "種類"), cnt(66, "369種類", 369, "種類"), cnt(66, "601種類", 601, "種類"),
    dur(66, "10年~20年", 10, "year", 20),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
