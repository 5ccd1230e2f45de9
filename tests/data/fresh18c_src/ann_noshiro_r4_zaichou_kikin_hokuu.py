from kinds import amt, date, dur, fyr, trap, traps

DOC = "noshiro_r4_zaichou_kikin_hokuu"
# 秋田県能代市's 財政調整基金 as 北羽新報 (hokuu.co.jp) reports it: the balance expected at this year's end after the December
# supplementary (`28億9505万円`), the year-end balance expected in fact (`30億円を超える`), the peak at the end of 平成30年度
# (`約60億円`) and the level `30億円台` not seen since 平成24年度末. Every figure is a fund balance, `other`, a trap (fresh11a's
# 福崎町, fresh16b's fund balances). The page is undated and writes `今年度`: the year comes from `平成24年度末以来10年ぶり`
# (2012 + 10 = 2022), so the expected balances and the level fy 2022 and the year-less `8月` (the flood) 2022-08 (fresh14c's
# 大村市: year-less days take the year the text implies; NEW here for a fund balance, arguable: a reader could leave fy
# null, 3 fy, and the month undated). `昨年12月補正` names a budget by its month: no date (blind audit: was 2022-12; fresh's
# `6月補正`, fresh12c's `3月の補正財源`, fresh16b's `12月補正`). `30億円を超える`
# at_least (GUIDE: 超); `30億円台` 30億..39億9999万9999円 (fresh7a's `7000億円台`); `約60億円` approx, fy 2018 (平成30年度末).
# `10年ぶり` a duration (GUIDE `9年ぶり`).
O = "other"
BAL = "a fund's balance (財政調整基金残高), not a budget"
M = [
    trap(amt(2, "28億9505万円", 2895050000, role=O, fy=2022), "財政調整基金 今年度末残高見込み (12月補正後)", BAL),
    trap(amt(2, "30億円", 3000000000, None, role=O, fy=2022, q=("at_least",)), "財政調整基金 年度末残高 (実際の見込み)", BAL),
    fyr(2, "平成30年度", 2018),
    trap(amt(2, "60億円", 6000000000, role=O, fy=2018, q=("approx",)), "財政調整基金 平成30年度末残高 (ピーク)", BAL),
    trap(amt(2, "30億円台", 3000000000, 3999999999, role=O, fy=2022), "財政調整基金残高の水準 (30億円台)", BAL),
    fyr(2, "平成24年度", 2012), dur(2, "10年ぶり", 10, "year"), date(2, "8月", "2022-08"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
