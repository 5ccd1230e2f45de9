from kinds import amt, date, dur, pct, trap, traps

DOC = "pheconomist_2012_jica_enshakan_chouin"
# まにら新聞's economy site (2012/10/10): JICA signed a loan with the Philippines `総額77億7,500万円を限度とする円借款貸付契約`
# (a loan's cap: `other` (a loan, fresh8a), at_most, min null), headline `78億円` (its rounding: `other`, no qualifier),
# fy null (no fiscal year is written). Traps. `償還期間は30年(10年間据え置き)` two durations (30 year, 10 year: the grace
# period inside the repayment period), `金利は年1.4%` a percent (an interest rate; `年` is the rate's period, no per for
# percents).
O = "other"
M = [
    trap(amt(1, "78億円", 7800000000, role=O), "対フィリピン円借款 (見出し)", "the headline's rounding of a loan's cap, not a budget"),
    date(2, "2012/10/10", "2012-10-10"),
    date(3, "10月10日", "2012-10-10"),
    trap(amt(3, "77億7,500万円", None, 7775000000, role=O, q=("at_most",)), "開発政策支援借款(投資環境整備) 限度額",
         "a yen loan's cap in the loan agreement: a loan to a country, not a budget"),
    dur(3, "30年", 30, "year"), dur(3, "10年間", 10, "year"), pct(3, "1.4%", 1.4),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
