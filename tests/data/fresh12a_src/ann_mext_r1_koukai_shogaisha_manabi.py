from kinds import amt, date, fyr

DOC = "mext_r1_koukai_shogaisha_manabi"
# 文部科学省's 行政事業レビュー 公開プロセス sheet for its external panel (資料5): one programme, its founding year
# `創設年度 : 平成 30 年度`, its budget `平成 31 年度予算額 :1.05 億円` (budget FY2019, a row: the programme's own budget
# of the year), the reason for its selection with the law history (`平成 23 年の障害者基本法の改正`, `平成 26 年の …批准`,
# `平成 28 年から施行`: dates; `から` a point, GUIDE) and the panel's 論点. `1` and `2` opening the lines and the trailing
# `1` are page numbers; `1.` … `5.` list numbers; `資料5` a label: no mentions.
B = "budget"
M = [
    fyr(6, "平成 30 年度", 2018), fyr(6, "平成 31 年度", 2019), amt(6, "1.05 億円", 105000000, fy=2019),
    date(6, "平成 23 年", "2011"), date(6, "平成 26 年", "2014"), date(6, "平成 28 年", "2016"),
]
ROWS = [
    dict(line=6, text="1.05 億円", budget_yen=105000000, fy=2019, program="学校卒業後における障害者の学びの支援に関する実践研究事業",
         role=B, ministry="文部科学省",
         why="`平成 31 年度予算額 :1.05 億円` of the one programme the panel's sheet reviews: its own budget of the year"),
]
NOT_ROWS: list[dict] = []
