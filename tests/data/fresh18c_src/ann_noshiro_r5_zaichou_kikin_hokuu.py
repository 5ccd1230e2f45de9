from kinds import amt, date, fyr, trap, traps

DOC = "noshiro_r5_zaichou_kikin_hokuu"
# The next year's report of 能代市's 財政調整基金 (北羽新報): the year-end balance expected after the December supplementary
# (`29億175万円`), the balance at the end of `4年度` (`40億8680万円`) and the peak at the end of 平成30年度 (`59億8815万円`). Every
# figure a fund balance, `other`, a trap. `4年度` (era-less, a 令和 year by context) is no fiscal_year mention (GUIDE: a year
# without an era) but the fy of its amount, 2022 (fresh15a's `5年度`, fresh16b's `24年度`). The undated page's `年度末残高見込み`
# follows `4年度末` as this year's: fy 2023, and `7月` 2023-07 (the year the text implies, as fresh14c's 大村市; NEW,
# arguable: fy null, 1 fy, the month undated). `昨年12月予算補正` names a budget by its month: no date (blind audit: was
# 2023-12; fresh's `6月補正`, fresh16b's `12月補正`). `平成30年度末` a fiscal year.
O = "other"
BAL = "a fund's balance (財政調整基金残高), not a budget"
M = [
    trap(amt(2, "29億175万円", 2901750000, role=O, fy=2023), "財政調整基金 年度末残高見込み (12月補正後)", BAL),
    trap(amt(2, "40億8680万円", 4086800000, role=O, fy=2022), "財政調整基金 4年度末残高", BAL),
    fyr(2, "平成30年度", 2018),
    trap(amt(2, "59億8815万円", 5988150000, role=O, fy=2018), "財政調整基金 平成30年度末残高 (ピーク)", BAL),
    date(2, "7月", "2023-07"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
