from kinds import amt, cnt, date, dur, trap, traps

DOC = "iitate_michinoeki_tsuika_shusshi_news"
# 朝日新聞's 福島 page (a mirror, 2018 by its address) on 福島県飯舘村's extra investment in the company running its 道の駅.
# Money: the village's `3500万円を追加出資` (an investment, `other`, fy 2018: decided in the article's year; as this set's
# 東みよし町 `1億円の出資`), the founders' `1千万円を出資` (the company's capital, fy null), the first year's deficit
# `約900万円の赤字` (昨年度: fy 2017, approx) and this year's expected `600万～700万円の赤字` (a closed range, fy 2018) — all
# `other`, traps. `昨年8月` 2017-08 (the address's year); `月平均3万3千人` a count (`月平均` a rate marker), `2万人台`
# 20000..29999 (as GUIDE's decades `1990年代`); `8カ月` 8 month. `来年度` no number.
O = "other"
M = [
    trap(amt(2, "3500万円", 35000000, role=O, fy=2018), "飯舘村 道の駅運営会社への追加出資", "an investment in the company"),
    date(2, "昨年8月", "2017-08"),
    trap(amt(2, "1千万円", 10000000, role=O), "道の駅運営会社 設立時の出資 (村など)", "the company's founding capital"),
    cnt(2, "3万3千人", 33000, "人"),
    cnt(2, "2万人台", 20000, "人", hi=29999),
    dur(2, "8カ月", 8, "month"),
    trap(amt(2, "900万円", 9000000, role=O, fy=2017, q=("approx",)), "道の駅運営会社 昨年度の赤字", "a settled deficit"),
    trap(amt(2, "600万～700万円", 6000000, 7000000, role=O, fy=2018), "道の駅運営会社 今年度の赤字見込み",
         "an expected deficit of the company"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
