from kinds import amt, cnt, date, trap, traps

DOC = "higashimiyoshi_yoshinogawa_oasis_news"
# 徳島新聞 (topics.or.jp, 2021 by its content: `21年3月期` just settled, `昨年5月`) on 徳島県東みよし町's third sector
# 吉野川オアシス. The 今期 is the business year to `21年3月期` (two-digit year: no mention; it gives the amounts fy 2020,
# as fresh4 / fresh10b). Money: the term's deficit `1億円超` (other, at_least), the accumulated deficit `4億円以上`
# (other, at_least), the town's `1億円の出資` of 2020-05 (an investment: other, fy 2020; NOT a row: no budget word, the
# council approved it as an 出資, see README), `1億円上限の債務負担行為` (a debt-burden ceiling: other, at_most, min null
# (fresh11b 熊本市), fy 2020: the ceiling was set by the 2020-05 臨時会, the line's year; fresh11b's null was for a
# budget's multi-year table), the `1億1209万円の赤字` of 21年3月期 (other, fy 2020). All traps. Dates: the caption's `3月`
# (2021-03, the article's year), `昨年5月` 2020-05, `2020年5月末` 2020-05. `2事業` a count.
O = "other"
M = [
    date(1, "3月", "2021-03"),
    trap(amt(2, "1億円", 100000000, None, role=O, fy=2020, q=("at_least",)), "吉野川オアシス 今期 (21年3月期) の赤字",
         "a settled deficit of the company"),
    trap(amt(2, "4億円", 400000000, None, role=O, fy=2020, q=("at_least",)), "吉野川オアシス 累積赤字",
         "an accumulated deficit (a balance)"),
    date(3, "昨年5月", "2020-05"),
    date(4, "2020年5月末", "2020-05"),
    trap(amt(4, "1億円", 100000000, role=O, fy=2020), "東みよし町 吉野川オアシスへの出資 (2020年5月)",
         "the town's investment in the company, approved as an 出資; no budget word"),
    trap(amt(4, "1億円", None, 100000000, role=O, fy=2020, q=("at_most",)), "東みよし町 債務負担行為 限度額 (融資のため)",
         "a debt-burden ceiling, not a budget"),
    trap(amt(5, "1億1209万円", 112090000, role=O, fy=2020), "吉野川オアシス 21年3月期決算 赤字", "a settled deficit"),
    cnt(6, "2事業", 2, "事業"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
