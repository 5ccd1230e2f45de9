from kinds import amt, cnt, fyr, pct, trap, traps

DOC = "niihama_r2_shizei_sashiosae"
# 愛媛県新居浜市's page on 滞納処分 with its 令和2年度 results: 市税調定額 (滞納繰越分を含む), 収入額, 徴収率, 差押 by property
# (counts with their own `件` in the cells), and two 公売 tables (収入額 of 自主納付分 / 公売実施分 / 合計; the second
# table's heading is not in the stored text). Every amount is a RESULT: `other`, fy 2020 from `令和2年度` over each
# table (the label line applies to the items under it); traps, except `0円` (a zero is neither a row nor a trap).
# Counts: `0件` a count of 0 (written with its counter).
O = "other"
RES = "a collection / public-sale result of the year, not a budget"
M = [
    fyr(5, "令和2年度", 2020),
    trap(amt(6, "19,736,303,221円", 19736303221, role=O, fy=2020), "市税調定額 (滞納繰越分を含む)", RES),
    trap(amt(8, "19,331,276,223円", 19331276223, role=O, fy=2020), "市税 収入額", RES),
    pct(9, "97.95%", 97.95),
    fyr(10, "令和2年度", 2020),
    cnt(10, "713件", 713, "件"),
    cnt(13, "497件", 497, "件"),
    cnt(14, "93件", 93, "件"),
    cnt(15, "40件", 40, "件"),
    cnt(16, "4件", 4, "件"),
    cnt(17, "7件", 7, "件"),
    cnt(18, "17件", 17, "件"),
    cnt(19, "55件", 55, "件"),
    cnt(20, "713件", 713, "件"),
    fyr(23, "令和2年度", 2020),
    trap(amt(26, "3,852,929円", 3852929, role=O, fy=2020), "公売 自主納付分 収入額", RES),
    amt(26, "0円", 0, role=O, fy=2020),
    trap(amt(26, "3,852,929円", 3852929, role=O, fy=2020), "公売 収入額 合計", RES),
    cnt(27, "8件", 8, "件"),
    cnt(27, "0件", 0, "件"),
    cnt(27, "8件", 8, "件"),
    trap(amt(30, "1,077,700円", 1077700, role=O, fy=2020), "公売 (二つ目の表) 自主納付分 収入額", RES),
    amt(30, "0円", 0, role=O, fy=2020),
    trap(amt(30, "1,077,700円", 1077700, role=O, fy=2020), "公売 (二つ目の表) 収入額 合計", RES),
    cnt(31, "7件", 7, "件"),
    cnt(31, "0件", 0, "件"),
    cnt(31, "7件", 7, "件"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
