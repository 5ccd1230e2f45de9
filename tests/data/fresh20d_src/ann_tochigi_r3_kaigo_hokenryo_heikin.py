from kinds import amt, date, fyr, trap, traps

DOC = "tochigi_r3_kaigo_hokenryo_heikin"
# 下野新聞 (2021, the 第8期's first year) on 栃木県's compilation of its municipalities' premiums: the average `5656円` (per
# person, `月平均で`), the last period's `5496円`, the rise `160円`, the highest (上三川町 `6080円`) and lowest (日光市 `4800円`),
# the national range `月9800~3300円` (one range, min 3300 max 9800), the national average `6014円` and the gap `358円`. All
# `other` (charges residents pay, and statistics of them), per `month` (`月平均`, `月`; the label reaches the figures of
# the same paragraph: NEW, arguable), fy null (a three-year period's premiums); the premium levels are traps. `2000年度`
# a fiscal year (the scheme's start); `第8期(2021~23年度)` one fiscal-year range 2021..2023. `11日` a date of the
# file name's year 2021 (calls28; was no date); `2倍超` (a multiple) no mention.
O = "other"
PREM = "a standard premium (基準額) or an average of them, a charge residents pay, no appropriation"
M = [
    date(1, "11日", "2021"),  # calls28: a news lead's day is a date
    trap(amt(1, "5656円", 5656, role=O, per="month"), "県内市町の介護保険料基準額 平均 (第8期)", PREM),
    trap(amt(1, "5496円", 5496, role=O, per="month"), "県内平均 (前期)", PREM),
    amt(1, "160円", 160, role=O, per="month"),
    fyr(1, "2000年度", 2000),
    trap(amt(1, "6080円", 6080, role=O, per="month"), "上三川町 基準額 (最高)", PREM),
    trap(amt(1, "4800円", 4800, role=O, per="month"), "日光市 基準額 (最低)", PREM),
    trap(amt(2, "9800~3300円", 3300, 9800, role=O, per="month"), "全国の基準額の幅", PREM),
    trap(amt(2, "6014円", 6014, role=O, per="month"), "全国平均", PREM),
    amt(2, "358円", 358, role=O, per="month"),
    fyr(3, "2021~23年度", 2021, 2023),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
