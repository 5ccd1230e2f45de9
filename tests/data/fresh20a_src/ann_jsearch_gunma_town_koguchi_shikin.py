from kinds import amt, date, dur, pct, trap, traps

DOC = "jsearch_gunma_town_koguchi_shikin"
# A subsidy portal's copy (jsearch.jp) of a 群馬県 town's 小口資金 loan tied to the prefecture's 小口資金融資促進制度 (the stored
# text names no town): `支給金額: 1,250 万円(最大時)` and `融資限度額 | 1250万円` (the loan cap twice: `support`, min null,
# at_most, traps); the 要綱's date `平成7年4月1日`; `年3.0%以内` a percent at_most; `6年以内` / `8年以内` and `据え置き6か月`
# durations; `2分の1` a fraction (no mention). No year for the money: fy null.
CAP = "a per-business loan ceiling, not the scheme's budget"
M = [
    trap(amt(2, "1,250 万円", None, 12500000, role="support", q=("at_most",)), "小口資金 支給金額 (最大時)", CAP),
    trap(amt(8, "1250万円", None, 12500000, role="support", q=("at_most",)), "小口資金 融資限度額", CAP),
    date(10, "平成7年4月1日", "1995-04-01"),
    pct(10, "3.0%以内", None, 3.0, q=("at_most",)),
    dur(12, "6年以内", None, "year", hi=6, q=("at_most",)),
    dur(12, "6か月", 6, "month"),
    dur(13, "8年以内", None, "year", hi=8, q=("at_most",)),
    dur(13, "6か月", 6, "month"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
