from kinds import amt, cnt, date, dur, fyr, trap, traps

DOC = "owariasahi_r4_ippan_kaikei_zaimu"
# 愛知県尾張旭市 (広報おわりあさひ 2023年12月1日号): 令和4年度 一般会計等財務書類 (統一的な基準, 速報値); the four tables
# (単位:千円) are images. The one figure in the text, `市民1人当たりの純行政コスト 30.0万円` (a year's net cost per resident),
# is `other`, per null, fy 2022 (its population date 令和5年3月31日 ends 令和4年度), a trap. `平成28年度決算分から` a fiscal year
# 2016 (`から` gives a point, GUIDE); `令和5年3月31日` dates (thrice); `83,822人` counts (twice); `1年間` durations
# (thrice: lines 10, 16, 18);
# `01.` … `04.` list marks; the telephone number no mention.
M = [
    fyr(1, "平成28年度", 2016),
    date(6, "令和5年3月31日", "2023-03-31"),
    dur(10, "1年間", 1, "year"),
    date(11, "令和5年3月31日", "2023-03-31"),
    cnt(11, "83,822人", 83822, "人"),
    trap(amt(13, "30.0万円", 300000, role="other", fy=2022), "市民1人当たりの純行政コスト",
         "the year's net administrative cost per resident (a statement's result), not a budget"),
    date(14, "令和5年3月31日", "2023-03-31"),
    cnt(14, "83,822人", 83822, "人"),
    dur(16, "1年間", 1, "year"),
    dur(18, "1年間", 1, "year"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
