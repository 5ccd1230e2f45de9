from kinds import cnt, date, dur, fyr, pct

DOC = "miharu_h23_3sec_tenken_hokoku"
# 福島県三春町's 第三セクター経営検討委員会 report (平成23年8月; PDF text by happylibus.com, ONE line after the site chrome):
# the committee reviews the 平成22年度 results of the town's two companies. The capital table (`資本金(千円) 町出資額(千円)`)
# is bare cells (`26,000 19,200`, `80,000 40,500`): no mentions (GUIDE: bare numbers; fresh21a's cost block); its shares
# `73.84%`, `50.63%` percents; founding years `平成3年`, `平成5年` dates. `平成22年度から26年度までの5カ年計画`: two points
# (GUIDE: the ends of XからYまで), the era-less `26年度` taken with its pair's era (NEW, see README), `5カ年` 5 year.
# `平成23年度点検評価報告書` (a heading, not quoted) a fiscal year. `二つの第三セクター` a count of 2 つ. List numbers none.
M = [
    date(5, "平成23年8月", "2011-08"),
    fyr(5, "平成23年度", 2011),
    date(5, "平成12年9月", "2000-09"),
    fyr(5, "平成21年度", 2009),
    fyr(5, "平成22年度", 2010),
    fyr(5, "26年度", 2014),
    dur(5, "5カ年", 5, "year"),
    cnt(5, "二つ", 2, "つ"),
    fyr(5, "平成22年度", 2010),
    date(5, "平成3年", "1991"),
    pct(5, "73.84%", 73.84),
    date(5, "平成5年", "1993"),
    pct(5, "50.63%", 50.63),
    fyr(5, "平成22年度", 2010),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
