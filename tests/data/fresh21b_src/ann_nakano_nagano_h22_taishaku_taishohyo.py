from kinds import amt, date, fyr, pct, trap, traps

DOC = "nakano_nagano_h22_taishaku_taishohyo"
# 長野県中野市's page `貸借対照表` (総務省方式改訂モデル, 普通会計): `平成22年度 バランスシート(貸借対照表)(平成23年3月31日現在)` with the
# public assets by purpose, each row an amount and its share per resident, every cell with its unit. Balances at the end of
# 平成22年度: `other`, fy 2010 (the label line's year; the year-end 平成23年3月31日 ends it, fresh20b), traps; per-resident cells
# `other`, per null, fy 2010, traps. `87.9%` the share of 公共資産 (構成比) a percent. `昭和44年度以降` (the 決算統計 it is built
# from, twice) a fiscal year 1969..null, at_least (GUIDE: `以降`). `1-生活インフラ…` / `(1)` row marks no mentions; the `-` cells
# no mentions.
O = "other"
BAL = "a balance-sheet balance at the year's end, not a budget"
PER = "the same per resident (市民1人当たり), not a budget"
FY = 2010


def _row(line: int, what: str, total: tuple[str, int], per_head: tuple[str, int]) -> list[dict]:
    """One row of the balance sheet: the balance and its per-resident share."""
    return [trap(amt(line, total[0], total[1], role=O, fy=FY), what, BAL),
            trap(amt(line, per_head[0], per_head[1], role=O, fy=FY), what + " 市民1人当たり", PER)]


M = [
    date(2, "2014年02月14日", "2014-02-14"),
    date(3, "2014年01月17日", "2014-01-17"),
    fyr(5, "昭和44年度", 1969, None, q=("at_least",)),
    fyr(10, "昭和44年度", 1969, None, q=("at_least",)),
    fyr(12, "平成22年度", 2010),
    date(12, "平成23年3月31日", "2011-03-31"),
    *_row(17, "有形固定資産 生活インフラ・国土保全", ("463億19万円", 46300190000), ("99万円", 990000)),
    *_row(18, "有形固定資産 教育", ("232億9,504万円", 23295040000), ("50万円", 500000)),
    *_row(19, "有形固定資産 福祉", ("26億6,636万円", 2666360000), ("6万円", 60000)),
    *_row(20, "有形固定資産 環境衛生", ("3億8,690万円", 386900000), ("1万円", 10000)),
    *_row(21, "有形固定資産 産業振興", ("70億2,072万円", 7020720000), ("15万円", 150000)),
    *_row(22, "有形固定資産 消防", ("5億4,596万円", 545960000), ("1万円", 10000)),
    *_row(23, "有形固定資産 総務", ("42億259万円", 4202590000), ("9万円", 90000)),
    *_row(24, "有形固定資産計", ("844億1,776万円", 84417760000), ("181万円", 1810000)),
    *_row(25, "売却可能資産", ("17億273万円", 1702730000), ("4万円", 40000)),
    *_row(26, "公共資産合計", ("861億2,049万円", 86120490000), ("185万円", 1850000)),
    pct(26, "87.9%", 87.9),
    *_row(28, "投資及び出資金", ("8億6,954万円", 869540000), ("2万円", 20000)),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
