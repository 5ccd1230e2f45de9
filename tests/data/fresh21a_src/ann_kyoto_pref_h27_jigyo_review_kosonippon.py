from kinds import amt, cnt, date, fyr, rank, trap, traps

DOC = "kyoto_pref_h27_jigyo_review_kosonippon"
# 構想日本's record of the 京都府事業レビュー (a 事業仕分け of ten 京都府 programmes, held by a party group of the prefectural
# assembly, 2015-02-10). Money: the ten programmes' `事業費総額:約30億6,400万円(平成25年度決算見込み)` — a sum over
# programmes and a settlement estimate: `other`, approx, fy 2013 (its bracket), a trap; the whole general account
# `平成26年度一般会計予算額:約8,969億円` — `budget`, approx, fy 2014, a trap (a whole-account total, no programme).
# `人口:261万2399人` a count; `4,613 km²` (area) and `2階` (a floor) no mentions; `7回目` no mention (an ordinal: GUIDE `13回目`; audit21a); team labels
# `1班`, `2班` and `事業1.` no mentions, `2班体制` a count; `1班あたり` a rate marker; `12~13名` a closed range.
M = [
    date(3, "2015/02/13", "2015-02-13"),
    date(4, "2月10日", "2015-02-10"),
    cnt(5, "261万2399人", 2612399, "人"),
    date(5, "平成27年1月1日", "2015-01-01"),
    date(7, "平成27年2月10日", "2015-02-10"),
    cnt(14, "10事業", 10, "事業"),
    cnt(14, "5事業", 5, "事業"),
    cnt(14, "2班", 2, "班"),
    trap(amt(15, "30億6,400万円", 3064000000, role="other", fy=2013, q=("approx",)),
         "京都府事業レビュー 対象10事業 事業費総額 (平成25年度決算見込み)",
         "a sum over the ten reviewed programmes, and a settlement estimate"),
    fyr(15, "平成25年度", 2013),
    fyr(16, "平成26年度", 2014),
    trap(amt(16, "8,969億円", 896900000000, role="budget", fy=2014, q=("approx",)), "京都府 平成26年度一般会計予算額",
         "the whole general account, no programme"),
    cnt(17, "2班", 2, "班"),
    cnt(19, "12~13名", 12, "名", hi=13),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
