from kinds import amt, cnt, date, trap, traps

DOC = "kyobun_h27_mext_hosei"
# 教育新聞 2015-12-19: 文部科学省's part of `今年度の補正予算` (the 平成27年度補正予算, decided 12月18日). The page writes no
# full year (`今年度`; `28年度` era-less: no mention): fy null on every amount, rows `fy_alt` [2015] (fresh8a, fresh24c's
# news decks); `12月18日` dated from the address → 2015-12-18. The ministry's `878億円` (headline, body) traps; the
# 一億総活躍関連 `479億円` (a grouping whose five items are listed, `過半の`) a trap (fresh24c's groupings); the
# 災害復旧・防災減災事業 `108億` (clipped 円, fresh8a's `2億`) a row, ambiguous (a group of works, fresh24c). Items
# `(1)に6億円`, `2千万円`, `4億円` rows. The free-school grant `年額で小学生12万円、中学生16万円` per pupil a year:
# `support`, per year, traps. Counts `500人`, `1086市区町村`, `1286カ所` (か所), `350自治体`; `未設置自治体が730あり`
# a count 730 自治体 (audit28a: the GUIDE's counted noun where no counter is written; fresh22d's `全30` 市町村, fresh20d's
# `1573ある保険者`); `(1)`…`(5)` list numbers; `半分` no mention.
S = "supplementary_budget"
M = [
    trap(amt(1, "878億円", 87800000000, role=S), "total", "the ministry's whole part (headline)"),
    date(2, "12月18日", "2015-12-18"),
    trap(amt(2, "878億円", 87800000000, role=S), "total", "the ministry's whole part"),
    trap(amt(2, "479億円", 47900000000, role=S), "grouping", "一億総活躍関連: the sum of the five items listed next"),
    amt(2, "108億", 10800000000, role=S),
    amt(4, "6億円", 600000000, role=S),
    cnt(4, "500人", 500, "人"),
    trap(amt(4, "12万円", 120000, role="support", per="year"), "grant", "a grant per primary pupil a year"),
    trap(amt(4, "16万円", 160000, role="support", per="year"), "grant", "a grant per lower-secondary pupil a year"),
    cnt(5, "1086市区町村", 1086, "市区町村"),
    cnt(5, "1286カ所", 1286, "か所"),
    cnt(5, "730", 730, "自治体"),
    cnt(5, "350自治体", 350, "自治体"),
    amt(6, "2千万円", 20000000, role=S),
    amt(7, "4億円", 400000000, role=S),
]
_R = [(2, "108億", 10800000000, "災害復旧・防災減災事業", True),
      (4, "6億円", 600000000, "不登校児童生徒への支援モデル事業", False),
      (6, "2千万円", 20000000, "中学校夜間学級の設置促進事業", False),
      (7, "4億円", 400000000, "地域未来塾のICT化(ICT機器等の整備)", False)]
ROWS = [dict(line=ln, text=t, budget_yen=v, fy=None, fy_alt=[2015], role=S, program=p,
             why="a measure of 文科省's part of the year's supplementary with its own figure",
             **({"ambiguous": True, "note": "a group of works named as one measure (fresh24c)"} if a else {}))
        for ln, t, v, p, a in _R]
NOT_ROWS = traps(M)
