from kinds import amt, cnt, date, fyr, trap, traps

DOC = "goto_r5_reigetsu_2023_05_08"
# 五島市's 令和5年度例月財務監査結果報告 (令和5年5月~8月分): a 指摘事項 on a fee taken at a counter and booked a year late:
# `奈留葬祭場使用料として2件分6,400円`: revenue received (a fee for two uses): `other`, fy null (no fiscal year labels it), a
# trap. `令和5年5月~8月分`: one date range 2023-05..2023-08 (three times); `2件` a count.
O = "other"
t = trap
M = [
    fyr(4, "令和5年度", 2023), date(4, "令和5年5月~8月", "2023-05", "2023-08"),
    fyr(5, "令和5年度", 2023), date(5, "令和5年5月~8月", "2023-05", "2023-08"),
    date(6, "2023年12月6日", "2023-12-06"),
    date(8, "令和5年11月29日", "2023-11-29"),
    date(11, "令和5年5月~8月", "2023-05", "2023-08"),
    date(19, "令和4年4月27日", "2022-04-27"), cnt(19, "2件", 2, "件"),
    t(amt(19, "6,400円", 6400, role=O), "奈留葬祭場使用料 2件分 (収入)", "a fee received, found booked late: no budget"),
    date(21, "令和5年4月27日", "2023-04-27"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
