from kinds import cnt, date, fyr

DOC = "maibara_r1_zaisei_enjo_kansa"
# 滋賀県米原市's 監査委員 page: 財政援助団体等監査の結果, 令和元年度 (three bodies the city funds with grants), what was audited
# and the audit's points. No amount in the stored text (cut in the points). `令和2年度以降`: a fiscal year, at_least
# (GUIDE: 以降 on fiscal years); `3団体` a count; `第199条第7項`, `第232条の2` law numbers; the points `1.` … `5.` list numbers.
M = [
    date(2, "2024年06月19日", "2024-06-19"),
    fyr(4, "令和2年度", 2020, None, q=("at_least",)),
    fyr(5, "令和元年度", 2019),
    fyr(7, "平成30年度", 2018), fyr(7, "令和元年度", 2019), cnt(7, "3団体", 3, "団体"),
    date(12, "令和元年9月5日", "2019-09-05"), date(12, "令和2年2月27日", "2020-02-27"),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
