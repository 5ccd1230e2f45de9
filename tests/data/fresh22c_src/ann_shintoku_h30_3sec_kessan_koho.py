from kinds import cnt, date, fyr, pct

DOC = "shintoku_h30_3sec_kessan_koho"
# 北海道新得町's 広報しんとく (令和元年7月号, by its address) on the 平成30年度 results of its two companies over 50% town
# capital (畜産振興公社, 観光振興公社). No money on the stored page: head counts of cattle (`1,406頭` …), guests (`10,633人` …,
# `1,379人減` a count of the fall), `93.1%` of the year before, `50%を超える` 50..null at_least. `6/18` (the magazine's
# article counter) no mention (earlier calls: `9/17` a page counter); `1日平均` a rate marker; `619ヘクタール` (area) no
# mention; `東京ドーム132個分` a count of 個. `7〜9月` of 平成30年度's summer: 2018-07..2018-09 (the year from the section's
# 平成30年度, not the 2019).
M = [
    pct(7, "50%", 50, None, q=("at_least",)),
    fyr(7, "平成30年度", 2018),
    fyr(9, "平成30年度", 2018),
    cnt(9, "1,406頭", 1406, "頭"),
    cnt(9, "1,274頭", 1274, "頭"),
    cnt(9, "585頭", 585, "頭"),
    cnt(13, "132個", 132, "個"),
    fyr(15, "平成30年度", 2018),
    cnt(15, "10,633人", 10633, "人"),
    cnt(15, "7,927人", 7927, "人"),
    cnt(15, "18,560人", 18560, "人"),
    pct(15, "93.1%", 93.1),
    cnt(15, "1,379人", 1379, "人"),
    date(16, "7〜9月", "2018-07", "2018-09"),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
