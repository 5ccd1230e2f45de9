from kinds import cnt, date, dur, fyr

DOC = "kiyama_h28_chuchoki_zaisei_keikaku"
# 佐賀県基山町's 中長期財政計画 (平成28年9月, 財政課), one flattened line: purpose, the plan periods, then the method, the
# first table `町税の推移見込み (単位:百万円)` with years `28 … 37` and values in bare cells (no mentions: GUIDE; years
# without era no mentions). No amount. The spaced title date `平 成 2 8 年 9 月` is a date (the spaced characters kept
# in the text). `平成37年人口18,000 人`: a date (no 年度) and a count (the space kept). `1人当たり` a rate marker, `5歳
# 刻み` an age step, `6年目` an ordinal of time: no mentions.
M = [
    date(1, "平 成 2 8 年 9 月", "2016-09"), date(1, "平成22年9月", "2010-09"),
    fyr(1, "平成23年度", 2011), fyr(1, "平成32年度", 2020), dur(1, "10年間", 10, "year"),
    date(1, "平成28年2月", "2016-02"), dur(1, "10年間", 10, "year"),
    fyr(1, "平成28年度", 2016), fyr(1, "平成27年度", 2015), fyr(1, "平成28年度", 2016),
    fyr(1, "平成28年度", 2016), fyr(1, "平成37年度", 2025), dur(1, "10年間", 10, "year"),
    date(1, "平成37年", "2025"), cnt(1, "18,000 人", 18000, "人"),
    fyr(1, "平成27年度", 2015),
]
ROWS: list = []
NOT_ROWS: list = []
