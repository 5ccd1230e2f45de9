from kinds import date, fyr

DOC = "sado_h27_zuiji_kansa"
# 新潟県佐渡市's 監査委員: 平成27年度 随時監査結果 on two grants of 平成25年度 (起業チャレンジ支援事業補助金, 新製品開発等支援事業
# 補助金). The stored text ends in the audit's purpose, before any figure: fiscal years (the breadcrumb repeats the
# title) and dates only, no amount. `記事ID:0001561`, `佐監公表第3号`, `第199条第5項`, the table of contents `1.` … `8.` are
# no mentions; `平成27年9月1日から平成28年1月14日まで` two dates.
M = [
    fyr(2, "平成27年度", 2015), fyr(2, "平成25年度", 2013), fyr(2, "平成25年度", 2013),
    fyr(4, "平成27年度", 2015), fyr(4, "平成25年度", 2013), fyr(4, "平成25年度", 2013),
    date(5, "2021年3月1日", "2021-03-01"),
    date(16, "平成28年2月4日", "2016-02-04"),
    date(26, "平成27年9月1日", "2015-09-01"), date(26, "平成28年1月14日", "2016-01-14"),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
