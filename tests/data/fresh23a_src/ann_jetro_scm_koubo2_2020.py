from kinds import amt, cnt, date, trap, traps

DOC = "jetro_scm_koubo2_2020"
# ジェトロ's notice of the second call of 海外サプライチェーン多元化等支援事業 (実証事業・事業実施可能性調査). The two lines
# `実証事業:1,000万円~2億円` and `事業実施可能性調査:100万円~5,000万円` are the range of the grant one project may ask for
# (floor and ceiling of the grant): `support`, the written interval, no qualifier (no 上限 / 以内 written next to them),
# per null (per project is implicit: GUIDE's per `project` needs `/課題` written). The page names no fiscal year for the
# money (the call is funded by 令和2年度第1次補正, which this page does not write): fy null. Traps (grant sizes), no row
# (the page gives no programme budget). `2つの類型` 2 つ; `一つの事業計画` 1 つ (the GUIDE's `の一つ`, as fresh22a's
# `いずれか一つ`; arguable). Not mentions: `類型1`, `類型2` (labels), `第二回` (ordinal), `(※1)`, rates `3/4以内` ….
S = "support"
M = [
    date(2, "2020年9月3日", "2020-09-03"),
    cnt(9, "2つ", 2, "つ"),
    trap(amt(10, "1,000万円~2億円", 10000000, 200000000, role=S), "実証事業 補助金額の範囲", "the range of one project's grant"),
    trap(amt(11, "100万円~5,000万円", 1000000, 50000000, role=S), "事業実施可能性調査 補助金額の範囲",
         "the range of one project's grant"),
    cnt(14, "一つ", 1, "つ"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
