from kinds import amt, dur, pct, trap, traps

DOC = "jsearch_sogyo_shikin_rishi_hokyu"
# A subsidy portal's copy (jsearch.jp) of a city's 創業資金 loan with 利子補給 (the stored text names no city): `支給金額: 1,500
# 万円(最大時)` (the portal's headline of the loan cap: `support`, min null, at_most, a trap), `融資限度額` cells with their own
# unit `運転資金:500万円`, `設備資金:1500万円`, `併用貸付限度額は、1500万円` (caps, `support`, at_most, traps); the rate per term
# (`融資期間1年以内:2.3%` … `10年以内:3.2%`: durations at_most and percents), `2.0%分を市が利子補給` a percent; `1年を経過して
# いない` (twice) durations of 1 year; `第2条第29項` a law reference. No year: fy null.
CAP = "a per-business loan ceiling, not the scheme's budget"
M = [
    trap(amt(2, "1,500 万円", None, 15000000, role="support", q=("at_most",)), "創業資金 支給金額 (最大時)", CAP),
    dur(5, "1年", 1, "year"),
    dur(5, "1年", 1, "year"),
    trap(amt(18, "500万円", None, 5000000, role="support", q=("at_most",)), "創業資金 融資限度額 運転資金", CAP),
    trap(amt(19, "1500万円", None, 15000000, role="support", q=("at_most",)), "創業資金 融資限度額 設備資金", CAP),
    trap(amt(20, "1500万円", None, 15000000, role="support", q=("at_most",)), "創業資金 併用貸付限度額", CAP),
    dur(23, "1年以内", None, "year", hi=1, q=("at_most",)),
    pct(23, "2.3%", 2.3),
    dur(24, "3年以内", None, "year", hi=3, q=("at_most",)),
    pct(24, "2.6%", 2.6),
    dur(25, "5年以内", None, "year", hi=5, q=("at_most",)),
    pct(25, "2.8%", 2.8),
    dur(26, "7年以内", None, "year", hi=7, q=("at_most",)),
    pct(26, "3.0%", 3.0),
    dur(27, "10年以内", None, "year", hi=10, q=("at_most",)),
    pct(27, "3.2%", 3.2),
    pct(28, "2.0%", 2.0),
    dur(30, "5年以内", None, "year", hi=5, q=("at_most",)),
    dur(30, "1年以内", None, "year", hi=1, q=("at_most",)),
    dur(31, "10年以内", None, "year", hi=10, q=("at_most",)),
    dur(31, "1年以内", None, "year", hi=1, q=("at_most",)),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
