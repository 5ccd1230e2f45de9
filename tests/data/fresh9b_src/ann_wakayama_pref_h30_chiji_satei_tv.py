from kinds import amt, cnt, date

DOC = "wakayama_pref_h30_chiji_satei_tv"
# 和歌山県 (PREFECTURE; テレビ和歌山's news page, 2018-01-17): the 知事査定 of the 来年度 (FY2018: `来年度` fixed by the
# page's date, fresh6b/fresh8a's `来年度` fixed by a written year) initial budget begins. Figures: the requests
# (`予算要求のあったおよそ1070件の事業`), and the part explained to the governor: `2月補正分の5件、およそ4億円分を含めた
# 43件、およそ776億円分`. Calls: the 776億円 is requests put before the governor, with no adopted figure yet: `budget` of
# the requested year (earlier sets: a request alone is the budget of its year), approx, a trap (a total over 43
# programmes, not one); the 4億円 is the part for the current year's 2月補正 (FY2017): `supplementary_budget`, fy 2017,
# approx, a trap (a grouping's total). `18:24` is a clock time; `今月26日まで` → null..2018-01-26, at_most (text `26日`; fresh3's
# teletama `今月30日まで`; audit); `2月補正`,
# `2月定例県議会` are a budget label and a session named by its month of the coming year: `2月定例県議会` → 2018-02 (NEW,
# arguable: fresh8b dated `5月臨時議会`, `11月会議`). Counts in 件, approx where `およそ` is written.
B, S = "budget", "supplementary_budget"
A = ("approx",)
M = [
    date(2, "2018-01-17", "2018-01-17"),
    cnt(5, "1070件", 1070, "件", q=A), cnt(5, "5件", 5, "件"), amt(5, "4億円", 400000000, role=S, fy=2017, q=A),
    cnt(5, "43件", 43, "件"), amt(5, "776億円", 77600000000, role=B, fy=2018, q=A),
    date(6, "26日", None, "2018-01-26", q=("at_most",)), date(6, "2月", "2018-02"),
]
ROWS: list[dict] = []
NOT_ROWS = [
    dict(line=5, text="4億円", value_yen=400000000, fy=2017, mention_role=S, what="2月補正分の5件 (およそ4億円分)",
         reason="a grouping's total (five programmes of a supplementary)"),
    dict(line=5, text="776億円", value_yen=77600000000, fy=2018, mention_role=B, what="知事に説明される43件 (およそ776億円分)",
         reason="a total over 43 requested programmes"),
]
