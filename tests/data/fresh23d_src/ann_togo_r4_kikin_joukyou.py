from kinds import cnt, date, fyr

DOC = "togo_r4_kikin_joukyou"
# 愛知県東郷町's page 基金の状況: two tables (一般会計, 特別会計) whose every figure is a BARE cell under `単位:千円`
# (`財政調整基金 1,333,845 936,088 106,952 2,162,980`): no amount mentions (GUIDE: bare numbers in tables; fresh18c's 阿久比町,
# fresh17a). The column headers are era fiscal years, one mention each (GUIDE: era-labelled column headers):
# `令和3年度末現在高` 2021, `令和4年度中積立額` / `令和4年度中取崩額` / `令和4年度末残高` 2022, in both tables (the second cut
# after its header). `令和5年4月1日` a date; `8つ`, `3つ` counts of つ, `11の基金` a count of 基金 (the counted noun).
# `ページID : 5714` an id. No amount, so no trap and no row: the set's precision probe on bare fund tables.
M = [
    date(2, "2022年09月30日", "2022-09-30"),
    date(4, "令和5年4月1日", "2023-04-01"),
    cnt(4, "8つ", 8, "つ"), cnt(4, "3つ", 3, "つ"), cnt(4, "11の基金", 11, "基金"),
    fyr(7, "令和3年度", 2021), fyr(7, "令和4年度", 2022), fyr(7, "令和4年度", 2022), fyr(7, "令和4年度", 2022),
    fyr(20, "令和3年度", 2021), fyr(20, "令和4年度", 2022), fyr(20, "令和4年度", 2022), fyr(20, "令和4年度", 2022),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
