from kinds import cnt, dur, pct

DOC = "rikuzentakata_kyoryo_chojumyoka_gaiyo"
# 陸前高田市's 橋梁長寿命化修繕計画の概要 (its PDF's text on expydoc, one line, every word split by spaces): the bridges it
# manages (`241 橋`), those 14.5 m or longer (`21 橋`), those past 50 years now and in 20 years (`1 橋(5%)`, `11 橋(52%)`).
# No money. Counts of `橋` with the space kept in `text` (as written, fresh12a's spaced cover); `50 年` four times: the
# first a plain duration, then the chart legend's `50 年 未 満` (at_most, null..50) and `50 年 以 上` / `50 年 以上`
# (at_least, 50..null: the spaced `未 満` and `以 上` read as 未満 and 以上, arguable); `20 年後` a duration. `14.5m` a length.
S = "year"
M = [
    cnt(1, "241 橋", 241, "橋"), cnt(1, "21 橋", 21, "橋"), dur(1, "50 年", 50, S), cnt(1, "1 橋", 1, "橋"), pct(1, "5%", 5),
    dur(1, "20 年", 20, S), cnt(1, "11 橋", 11, "橋"), pct(1, "52%", 52),
    dur(1, "50 年", None, S, hi=50, q=("at_most",)), dur(1, "50 年", 50, S, hi=None, q=("at_least",)),
    dur(1, "50 年", 50, S, hi=None, q=("at_least",)),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
