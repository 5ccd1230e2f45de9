from kinds import amt, date, fyr, trap, traps

DOC = "osaka_city_r1_suido_kogyo_kessan"
# 大阪市水道局: 令和元年度 水道事業会計・工業用水道事業会計 決算概要. A settlement: every figure is a result (経常損益, 当年度損益,
# 収益, 費用) `other` (fresh5a, fresh11a, fresh7b's settlements), FY2019, or FY2018 where the deck names the year before
# (`前年度(147億4,800万円)`, the `平成30年度` column: the previous year's settled figures are `other` of that year, not
# previous_budget: fresh7b's 豊富町); the changes `に比べ5億8,200万円の収支悪化` `other` FY2019. Every amount a trap (no
# budget, no programme). The two-column table is glued to its figures (`令和元年度平成30年度` header: two fiscal-year
# mentions; `水道事業収益663億9,600万円731億1,900万円`: two amounts, the first of 令和元年度, the second of 平成30年度).
# `3億 900万円` keeps its inner space (309,000,000). `平成14年度以降`, `平成19年度以降` open spans (at_least).
# `百万円単位へ四捨五入` a rounding unit (no mention: fresh6c).
O = "other"
S = ("a settled figure of the enterprise (決算: 損益, 収益, 費用)", "a settlement's result, not a budget")
P = ("the previous year's settled figure", "a settlement's result of the year before, not a budget")
C = ("the change against the previous year's settlement", "a change, not a budget")


def s(line: int, text: str, v: int) -> dict:
    return trap(amt(line, text, v, role=O, fy=2019), *S)


def p(line: int, text: str, v: int) -> dict:
    return trap(amt(line, text, v, role=O, fy=2018), *P)


def c(line: int, text: str, v: int) -> dict:
    return trap(amt(line, text, v, role=O, fy=2019), *C)


M = [
    fyr(2, "令和元年度", 2019), date(3, "2020年9月4日", "2020-09-04"),
    fyr(6, "令和元年度", 2019), s(6, "141億6,600万円", 14166000000), p(6, "147億4,800万円", 14748000000),
    c(6, "5億8,200万円", 582000000), s(6, "159億8,700万円", 15987000000), p(6, "234億1,000万円", 23410000000),
    c(6, "74億2,300万円", 7423000000),
    s(7, "3億3,300万円", 333000000), p(7, "3億5,900万円", 359000000), c(7, "2,500万円", 25000000),
    s(7, "3億 900万円", 309000000), p(7, "3億5,900万円", 359000000), c(7, "5,000万円", 50000000),
    fyr(8, "平成14年度", 2002, None, q=("at_least",)), fyr(8, "平成26年度", 2014),
    fyr(8, "平成19年度", 2007, None, q=("at_least",)),
    fyr(13, "令和元年度", 2019), fyr(13, "平成30年度", 2018),
    s(14, "663億9,600万円", 66396000000), p(14, "731億1,900万円", 73119000000),
    s(15, "593億1,300万円", 59313000000), p(15, "595億5,400万円", 59554000000),
    s(16, "504億900万円", 50409000000), p(16, "497億1,000万円", 49710000000),
    s(17, "159億8,700万円", 15987000000), p(17, "234億1,000万円", 23410000000),
    s(18, "141億6,600万円", 14166000000), p(18, "147億4,800万円", 14748000000),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
