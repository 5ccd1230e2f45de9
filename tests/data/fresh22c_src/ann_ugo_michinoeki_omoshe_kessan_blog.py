from kinds import amt, cnt, date, dur, pct, trap, traps

DOC = "ugo_michinoeki_omoshe_kessan_blog"
# 秋田県羽後町's mayor's blog (goo, 2022-05-27 by its address) on the shareholders' meeting of (株)おも・しぇ, the company
# running the town's 道の駅うご. `昨年度実績` is FY2021 (the address's 2022-05): 総売上高 `4億6321万円`, 当期純利益
# `1141万円`, the direct-sale shop's `1億7200万円を越え` (at_least) — settled figures, `other`, fy 2021, traps; the members'
# `年間900万円以上` (at_least, per year) `other`, a trap. Ratios `前年比113%`, `105%`; counts of meals, items, people and
# 組; `1月から` 2022-01 (in FY2021), `昨年12月` 2021-12; `3か月` 3 month; `400万人を超え` at_least.
O = "other"
FY = 2021
M = [
    pct(3, "113%", 113),
    trap(amt(3, "4億6321万円", 463210000, role=O, fy=FY), "(株)おも・しぇ 総売上高 (昨年度)", "a settled revenue total"),
    trap(amt(3, "1141万円", 11410000, role=O, fy=FY), "(株)おも・しぇ 当期純利益 (昨年度)", "a settled result"),
    pct(4, "105%", 105),
    trap(amt(4, "1億7200万円", 172000000, None, role=O, fy=FY, q=("at_least",)), "農産物直売所の売上げ (昨年度)",
         "a settled revenue of a division"),
    trap(amt(4, "900万円", 9000000, None, role=O, fy=FY, q=("at_least",), per="year"), "会員の年間販売額 (900万円以上)",
         "a threshold for members' sales"),
    cnt(4, "2組", 2, "組"),
    cnt(5, "12万4千食", 124000, "食"),
    cnt(5, "8万3千個", 83000, "個"),
    cnt(5, "353人", 353, "人"),
    date(5, "1月", "2022-01"),
    dur(5, "3か月", 3, "month"),
    cnt(5, "815食", 815, "食"),
    date(6, "昨年12月", "2021-12"),
    cnt(6, "400万人", 4000000, "人", hi=None, q=("at_least",)),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
