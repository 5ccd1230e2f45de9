from kinds import amt, cnt, date, dur, fyr, trap, traps

DOC = "nakano_nagano_h22_gyosei_cost"
# 長野県中野市's page `行政コスト計算書(平成22年度)` (総務省方式改訂モデル, 普通会計): the year's costs by kind (人 / 物 / 移転支出的 /
# その他) and the revenues against them, each row with the amount and its share per resident (`市民1人当たり` column), every
# cell written with its unit. All are a statement's results of 平成22年度: `other`, fy 2010 (the title's and the rows' label
# `平成22年度 1年間のコスト額`), traps; per-resident cells `other`, per null (`1人当たり` a rate marker, fresh20b), traps.
# `0円` (寄附金 per resident rounded) an amount 0 (fresh14d's `0円`). `平成23年3月31日現在での人口46,676人` a date and a count;
# `1年間` durations; the telephone number and its extension `(221)` no mentions.
O = "other"
COST = "a year's administrative cost or revenue (行政コスト計算書), not a budget"
PER = "the same per resident (市民1人当たり), not a budget"
FY = 2010


def _row(line: int, what: str, total: tuple[str, int], per_head: tuple[str, int]) -> list[dict]:
    """One row of the statement: the amount and its per-resident share."""
    return [trap(amt(line, total[0], total[1], role=O, fy=FY), what, COST),
            trap(amt(line, per_head[0], per_head[1], role=O, fy=FY), what + " 市民1人当たり", PER)]


M = [
    fyr(1, "平成22年度", 2010),
    date(2, "2014年02月14日", "2014-02-14"),
    date(3, "2014年01月17日", "2014-01-17"),
    fyr(9, "平成22年度", 2010),
    dur(9, "1年間", 1, "year"),
    *_row(11, "人にかかるコスト", ("32億7,147万円", 3271470000), ("7万円", 70000)),
    *_row(12, "物にかかるコスト", ("57億5,516万円", 5755160000), ("12万円", 120000)),
    *_row(13, "移転支出的なコスト", ("75億248万円", 7502480000), ("16万円", 160000)),
    *_row(14, "その他にかかるコスト", ("3億4,281万円", 342810000), ("1万円", 10000)),
    *_row(15, "コスト 合計", ("168億7,192万円", 16871920000), ("36万円", 360000)),
    date(16, "平成23年3月31日", "2011-03-31"),
    cnt(16, "46,676人", 46676, "人"),
    fyr(17, "平成22年度", 2010),
    dur(17, "1年間", 1, "year"),
    *_row(19, "使用料・手数料等", ("4億8,059万円", 480590000), ("1万円", 10000)),
    *_row(20, "分担金・負担金・寄附金", ("8,627万円", 86270000), ("0円", 0)),
    *_row(21, "収入 合計", ("5億6,686万円", 566860000), ("1万円", 10000)),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
