from kinds import amt, cnt, dur, fyr, pct, trap, traps

DOC = "tokushima_shimbun_2016_shichoson_tainou"
# 徳島新聞 on the 2016年度 arrears (収入未済額) of 徳島県's 24 municipalities' taxes: the total, its fall over five years
# (`30億円`), 不納欠損額 and its fall, the arrears by tax, and 徳島滞納整理機構's collections (16年度 and 11年度): all
# RESULTS, `other`, traps; fy 2016 from `2016年度` (line 1) and the two-digit `16年度` (no mention, but it fixes the
# century, as fresh20a's `14年3月期`), the 11年度 collection `2億4055万円` fy 2011. Trade-paper middle-dot decimals
# (`94・4%`, `66・0%`, `49・9%`, `55・9%`) are percents; `(徴収率48・8)%` keeps its stray bracket in the text. `2・5ポイント`
# no mention. Counts: `24市町村`, `23市町村`, `13市町`, `1件`, `53件`, `6件`, `79件`, `約450件`; `5年前`, `(5年)`, `5年間` durations.
O = "other"
RES = "municipal tax arrears / collections (a result), not a budget"
M = [
    fyr(1, "2016年度", 2016),
    cnt(1, "24市町村", 24, "市町村"),
    trap(amt(1, "54億1789万円", 5417890000, role=O, fy=2016), "市町村税 滞納額 (収入未済額) 計", RES),
    dur(1, "5年前", 5, "year"),
    trap(amt(1, "30億円", 3000000000, role=O, fy=2016), "滞納額 5年前比の減", RES),
    pct(1, "94・4%", 94.4),
    trap(amt(1, "1億円", 100000000, role=O, fy=2016), "不納欠損額の減", RES),
    trap(amt(1, "4億6717万円", 467170000, role=O, fy=2016), "不納欠損額", RES),
    trap(amt(2, "34億8957万円", 3489570000, role=O, fy=2016), "固定資産税 滞納額", RES),
    trap(amt(2, "12億2639万円", 1226390000, role=O, fy=2016), "個人市町村民税 滞納額", RES),
    trap(amt(2, "2億1312万円", 213120000, role=O, fy=2016), "軽自動車税 滞納額", RES),
    cnt(3, "23市町村", 23, "市町村"),
    pct(3, "70%", 70),
    cnt(3, "1件", 1, "件"),
    cnt(3, "53件", 53, "件"),
    pct(3, "66・0%", 66.0),
    cnt(3, "6件", 6, "件"),
    cnt(3, "79件", 79, "件"),
    pct(5, "49・9%", 49.9),
    cnt(6, "450件", 450, "件", q=("approx",)),
    trap(amt(6, "1億8579万円", 185790000, role=O, fy=2016), "徳島滞納整理機構 16年度 徴収額", RES),
    pct(6, "48・8)%", 48.8),
    trap(amt(6, "2億4055万円", 240550000, role=O, fy=2011), "徳島滞納整理機構 11年度 徴収額", RES),
    pct(6, "55・9%", 55.9),
    dur(8, "5年", 5, "year"),
    cnt(8, "13市町", 13, "市町"),
    dur(8, "5年間", 5, "year"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
