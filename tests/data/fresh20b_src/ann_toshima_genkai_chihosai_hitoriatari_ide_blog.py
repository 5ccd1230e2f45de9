from kinds import amt, cnt, fyr, rank, trap, traps

DOC = "toshima_genkai_chihosai_hitoriatari_ide_blog"
# An 茨城県 assembly member's blog (井手よしひろ) on 共同通信's tally of local debt per resident at the end of 平成17年度: the
# national extremes (鹿児島県十島村 `1152万4072円`, 佐賀県玄海町 `2万2538円`), their debt (`73億円`, `1億5000万円余り`), and
# 茨城県's municipalities from 常陸大宮市 `61万2038円` to 美浦村 `18万6335円`. Every amount `other`, fy 2005 (the tally's
# year-end), per null, traps; `余り` at_least (fresh7a), `強` approx (as fresh10b's `弱`). `4月8日` writes no year and the
# address none: no mention (fresh19a's 宍粟市); `90年代中頃` a two-digit decade, no mention; `500倍` no mention; `12の島`
# and `人口600人余り` / `約6800人` counts; `683番目`, `1783番目`, `ワースト5番目` ranks. The same story as 平谷村's deck (信濃毎日),
# told for other villages by another writer.
O = "other"
PER = "local debt per resident at the end of 平成17年度, not an appropriation"
M = [
    fyr(1, "平成17年度", 2005),
    trap(amt(2, "1152万4072円", 11524072, role=O, fy=2005), "十島村 住民一人当たり地方債残高", PER),
    trap(amt(2, "2万2538円", 22538, role=O, fy=2005), "玄海町 住民一人当たり地方債残高", PER),
    cnt(4, "12の島", 12, "島"), cnt(4, "600人", 600, "人", None, q=("at_least",)),
    trap(amt(4, "73億円", 7300000000, role=O, fy=2005), "十島村の地方債残高", "a village's debt balance"),
    cnt(5, "6800人", 6800, "人", q=("approx",)),
    trap(amt(5, "1億5000万円", 150000000, None, role=O, fy=2005, q=("at_least",)), "玄海町の地方債残高", "a town's debt balance"),
    trap(amt(6, "61万円", 610000, role=O, fy=2005, q=("approx",)), "常陸大宮市 (見出し)", PER),
    trap(amt(7, "61万2038円", 612038, role=O, fy=2005), "常陸大宮市 住民一人当たり", PER),
    trap(amt(7, "18万6335円", 186335, role=O, fy=2005), "美浦村 住民一人当たり", PER),
    rank(7, "683番目", 683), rank(7, "1783番目", 1783),
    trap(amt(8, "58万1072円", 581072, role=O, fy=2005), "城里町 住民一人当たり", PER),
    trap(amt(8, "55万3557円", 553557, role=O, fy=2005), "五霞町 住民一人当たり", PER),
    trap(amt(8, "49万479円", 490479, role=O, fy=2005), "大子町 住民一人当たり", PER),
    trap(amt(8, "48万5914円", 485914, role=O, fy=2005), "常陸太田市 住民一人当たり", PER),
    rank(8, "5番目", None, 5, q=("at_most",)),  # `ワースト5番目まで`: まで a cap (GUIDE `10位以内`)
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
