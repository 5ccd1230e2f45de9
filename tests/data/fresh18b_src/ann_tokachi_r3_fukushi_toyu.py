from kinds import amt, cnt, date, dur, fyr, pct, trap, traps

DOC = "tokachi_r3_fukushi_toyu"
# 十勝毎日新聞 (kachimai) on the 福祉灯油 of the 19 municipalities of 十勝管内 this winter (2021: `3年ぶり` after `2018年度`): the
# kerosene price (`104円を超えていた`, `10円以上上回り`, `115・9円`: `other`, at_least where 超 / 以上, traps), and the benefit per
# household by municipality: 帯広市 `5000円`, 池田・豊頃 `200リットル(約2万3000円相当)`, 中札内村 `1万5000円分` raised to `上限の2万円`
# (`support`, traps; `上限` at_most, min null; `約` approx). fy null (the text names the winter, not a fiscal year for the
# money). `115・9円` and `76・9%` with a middle dot as the decimal point (NEW: read 115.9 and 76.9, as fresh11b's `1・63倍`,
# text as written). `18年度` (no era, two digits) no mention (GUIDE), but it fixes the year of `11~12月`: 2018-11..2018-12.
# `20日時点`: no mention (audit: the article's month is written nowhere, nor in its other copies; a guessed month is no
# resolvable date, as fresh11c's 松山市 and fresh18a's 小坂町). `11月上旬` 2021-11. `200リットル` a physical unit: no mention.
S, O = "support", "other"
P = "a kerosene price per litre, not a budget row"
B = "a benefit per household (a relief size), not a budget row"
M = [
    dur(1, "3年ぶり", 3, "year"),
    cnt(2, "19市町村", 19, "市町村"), fyr(2, "2018年度", 2018),
    date(4, "11~12月", "2018-11", "2018-12"),
    trap(amt(4, "104円", 104, None, role=O, q=("at_least",)), "2018年度 11~12月の灯油価格 (道東, 配達)", P),
    trap(amt(4, "10円", 10, None, role=O, q=("at_least",)), "今冬の灯油価格の上昇幅", P),
    trap(amt(4, "115・9円", 115.9, role=O), "20日時点の灯油価格", P),
    trap(amt(5, "5000円", 5000, role=S), "帯広市の福祉灯油 支給額", B),
    trap(amt(5, "2万3000円", 23000, role=S, q=("approx",)), "池田町・豊頃町の福祉灯油 200リットル相当", B),
    date(5, "11月", "2021-11"),
    trap(amt(5, "1万5000円", 15000, role=S), "中札内村の福祉灯油 当初の予定額", B),
    trap(amt(5, "2万円", None, 20000, role=S, q=("at_most",)), "中札内村の福祉灯油 (村の制度の上限)", B),
    pct(8, "76・9%", 76.9), pct(8, "60%", 60),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
