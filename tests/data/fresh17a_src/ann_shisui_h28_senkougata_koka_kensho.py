from kinds import cnt, date, fyr

DOC = "shisui_h28_senkougata_koka_kensho"
# 千葉県酒々井町's page on the effect verification of its 地方創生先行型 projects (dated 2017-03-01): `平成27年度` a fiscal year,
# `7事業` a count, `平成27年10月` and `平成28年12月` dates. `150KBytes` (the PDF's size), the telephone and extension numbers
# `043-496-1171(222.224)`: no mentions.
M = [
    date(2, "2017年3月1日", "2017-03-01"),
    fyr(5, "平成27年度", 2015), cnt(5, "7事業", 7, "事業"), date(5, "平成27年10月", "2015-10"),
    date(9, "平成28年12月", "2016-12"),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
