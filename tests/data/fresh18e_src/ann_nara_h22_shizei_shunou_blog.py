from kinds import amt, date, fyr, trap, traps

DOC = "nara_h22_shizei_shunou_blog"
# 奈良市: its mayor's blog (nakagawagen.net, January 2011) on the city's tax revenue of 平成22年度: the year's 税収 in the
# budget (`約526億円`, 個人市民税 `約233億円`), the 収納済額 at the end of December and their change on the year before, then
# the 市税収納済額 by tax with the 前年同月額 in brackets. Every amount is a tax revenue (budgeted or collected) or its
# change: `other` (fresh16b, fresh5a: revenues `other`; a revenue written `予算ベース` is still no programme's budget),
# traps. fy 2010 (`今年度` of the list's heading `平成22年度12月末現在`), the bracketed 前年同月額 2009 (the year before's,
# as the GUIDE's previous-year pair gives its fy; role stays `other`: collected revenue, not a budget). `7億円近く`
# approx (`近く` read as `弱`: fresh's `四億円弱`; NEW). `414億1875満円` (a typo for 万円) valued as written with 万 (NEW,
# arguable: a reader could keep only `414億`). `12月末` a month (2010-12; `末` dropped, no qualifier: a point in time).
O = "other"
R = "a tax revenue (budgeted or collected) or its change, not a programme's budget"


def o(line: int, text: str, v: int, fy: int, what: str, q: tuple[str, ...] = ()) -> dict:
    return trap(amt(line, text, v, role=O, fy=fy, q=q), what, R)


A = ("approx",)
M = [
    o(1, "526億円", 52600000000, 2010, "今年度予算ベースの年間税収", A),
    o(1, "233億円", 23300000000, 2010, "うち個人市民税", A),
    date(1, "12月", "2010-12"), date(1, "12月", "2010-12"),
    o(1, "173億円", 17300000000, 2010, "個人市民税 12月末の収納済額", A),
    o(1, "10億円", 1000000000, 2010, "個人市民税 前年同時期比 減少", A),
    o(1, "32億円", 3200000000, 2010, "法人市民税 12月末", A),
    o(1, "7億円", 700000000, 2010, "法人市民税 増収", A),
    fyr(2, "平成22年度", 2010), date(2, "12月", "2010-12"),
    o(4, "173億4443万円", 17344430000, 2010, "個人市民税 収納済額"), o(4, "183億9172万円", 18391720000, 2009, "個人市民税 前年同月額"),
    o(5, "31億7878万円", 3178780000, 2010, "法人市民税 収納済額"), o(5, "24億9569万円", 2495690000, 2009, "法人市民税 前年同月額"),
    o(6, "158億8496万円", 15884960000, 2010, "固定資産税 収納済額"), o(6, "159億5728万円", 15957280000, 2009, "固定資産税 前年同月額"),
    o(7, "3億8449万円", 384490000, 2010, "軽自動車税 収納済額"), o(7, "3億7719万円", 377190000, 2009, "軽自動車税 前年同月額"),
    o(8, "11億2792万円", 1127920000, 2010, "市たばこ税 収納済額"), o(8, "10億9050万円", 1090500000, 2009, "市たばこ税 前年同月額"),
    o(9, "807万円", 8070000, 2010, "入湯税 収納済額"), o(9, "735万円", 7350000, 2009, "入湯税 前年同月額"),
    o(10, "8億771万円", 807710000, 2010, "事業所税 収納済額"), o(10, "7億8173万円", 781730000, 2009, "事業所税 前年同月額"),
    o(11, "26億8236万円", 2682360000, 2010, "都市計画税 収納済額"), o(11, "26億8688万円", 2686880000, 2009, "都市計画税 前年同月額"),
    o(12, "414億1875満円", 41418750000, 2010, "市税総額 収納済額"), o(12, "417億8839万円", 41788390000, 2009, "市税総額 前年同月額"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
