from kinds import fyr

DOC = "mext_h17_ippan_yosan_kessan"
# 文部科学省's page on its 平成17年度 一般会計 予算及び決算: two `|` tables one cell a line, each under `(単位:百万円)`: 歳入予算額 /
# 収納済歳入額 / 差引額 and 歳出予算現額 / 支出済歳出額 / 翌年度繰越額 / 不用額 by organisation (`文部科学本省 | 6,026,546 |`).
# Every cell bare: no mention, so no row and no trap (GUIDE; fresh11a), though the 歳出予算現額 column is the ministry's
# budget. The one mention: `平成17年度` (2005). Not mentions: `(1)`, `(2)`, the `−=皆無` sign legend.
M = [
    fyr(2, "平成17年度", 2005),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
