from kinds import amt, date, fyr, pct, trap, traps

DOC = "hanamaki_h27_zaisei_wakariyasuku"
# 岩手県花巻市's booklet `花巻市の財政状況 わかりやすく解説 <平成27年度決算から>` (copied on 123deta.com: the carrier's summary line
# is repeated in its `シェア "…"` line). Its third part reads the 財務諸表 (資産, 行政コスト, 現金の動き); the stored text keeps
# the first part's settled spending by class: `扶助費 81 億 3,922 万円`, `その他の経費 225 億 941 万円`, `義務的経費 218 億 5,720 万円`
# (spaced as stored): `other`, fy 2015 (平成27年度一般会計決算), traps (a settlement's class totals, fresh14d / fresh20b), each
# with its share (`16.5%` …). `Academic year: 2021` the carrier's label, a date (fresh14b call 10). `その 1`, `①`, the table of
# contents' page numbers and the carrier's counters (`11`, `0`) are no mentions.
O = "other"
SET = "a settlement's spending by class (性質別 決算額), not a budget"


def _summary(line: int) -> list[dict]:
    """The carrier repeats the booklet's opening line: the same mentions on both lines."""
    return [
        fyr(line, "平成 27 年度", 2015),
        fyr(line, "平成 27 年度", 2015),
        trap(amt(line, "81 億 3,922 万円", 8139220000, role=O, fy=2015), "扶助費 (平成27年度決算)", SET),
        pct(line, "16.5%", 16.5),
        trap(amt(line, "225 億 941 万円", 22509410000, role=O, fy=2015), "その他の経費 (平成27年度決算)", SET),
        pct(line, "45.7%", 45.7),
        trap(amt(line, "218 億 5,720 万円", 21857200000, role=O, fy=2015), "義務的経費 (平成27年度決算)", SET),
        pct(line, "44.4%", 44.4),
    ]


M = [
    *_summary(2),
    date(6, "2021", "2021"),
    *_summary(7),
    fyr(15, "平成27年度", 2015),
    fyr(19, "平成27年度", 2015),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
