from kinds import amt, date, dur, fyr

DOC = "daisen_corona_kinkyu_yushi_kikin"
# 秋田県大仙市's page on its 新型コロナウイルス対策緊急融資基金: the fund that pays the city's share of the 信用保証料 and 利子 of
# its two loan schemes (マル仙緊急対策, マル仙再興) for five years, built from the 地方創生臨時交付金. The table's `基金の額` per
# year: `92,779,000円` under `2年度` (fy 2020) and `14,059,000円` under `3年度` (fy 2021): the era-less column years give the
# amounts' fy (the text's 令和 fixes them; fresh4 / fresh10b) but are no mentions. Role `other` (a fund's size, written with no
# budget word, as an earlier set's fund balance); neither rows nor traps: money put into a fund for the scheme's subsidies
# could be read as the year's money for it (fresh3 made 基金積立金 ambiguous rows, but a row must be a budget role).
# Fiscal years: `令和2年度`, `令和3年度から令和7年度`,
# `令和4年度から令和8年度`, `令和7年度末`, `令和8年度末`; `5か年` durations; `令和3年3月` a date. `コンテンツ番号:817` no mention.
O = "other"
M = [
    fyr(4, "令和2年度", 2020),
    fyr(6, "令和3年度", 2021),
    fyr(6, "令和7年度", 2025),
    dur(6, "5か年", 5, "year"),
    date(6, "令和3年3月", "2021-03"),
    fyr(7, "令和3年度", 2021),
    fyr(7, "令和4年度", 2022),
    fyr(7, "令和8年度", 2026),
    dur(7, "5か年", 5, "year"),
    amt(10, "92,779,000円", 92779000, role=O, fy=2020),
    amt(10, "14,059,000円", 14059000, role=O, fy=2021),
    fyr(11, "令和7年度", 2025),
    fyr(11, "令和8年度", 2026),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
