from kinds import date, pct

DOC = "yokosuka_zaichou_kikin_giin_blog"
# 神奈川県横須賀市: a council member's blog (小林伸行, 2021) on the city's 財政調整基金: the fund explained, its figures only in
# a chart and a linked Excel file. No amount in the stored text. `10%~20%` one percent range (the fund's target share of
# the 基準財政需要額); `1999年` a date. `財政調整基金20210427` a file name (no date: a name, GUIDE); `3月議会` names a month
# of no stated year in the text (no mention: an earlier call, `6月議会` with no year).
M = [
    pct(7, "10%~20%", 10, 20),
    date(8, "1999年", "1999"),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
