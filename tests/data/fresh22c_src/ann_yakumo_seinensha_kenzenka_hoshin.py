from kinds import date, fyr

DOC = "yakumo_seinensha_kenzenka_hoshin"
# 北海道八雲町's page on the 経営健全化方針 for 株式会社青年舎 (no money on the page: the plans are PDFs). The notice's date
# `令和元年7月23日` (its number `総財公第19号` no mention); `令和3年度をもって` a point (the risk cleared by that year's end);
# the links' `(令和5年度)`, `(令和4年度)` fiscal years; file sizes no mentions.
M = [
    date(3, "令和元年7月23日", "2019-07-23"),
    fyr(5, "令和3年度", 2021),
    fyr(5, "令和4年度", 2022),
    fyr(6, "令和5年度", 2023),
    fyr(7, "令和5年度", 2023),
    fyr(8, "令和4年度", 2022),
    fyr(9, "令和4年度", 2022),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
