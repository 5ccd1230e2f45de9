from kinds import amt, date, pct, trap, traps

DOC = "nhk_2022_digital_gaisan"
# デジタル庁's first request as NHK's politics pages report it (2021-08): `来年度予算案の概算要求`, NO year written
# anywhere, so fy null on every amount and rows `fy_alt: [2022]` (fresh24a's NHK: the date of the page, from outside
# the text, fixes 来年度). The headline `5400億円余` and `5400億円余り` (at_least, max null, fresh16c) and `総額は5426億円`
# traps. Rows: `システムの整備や運用に関する経費が5303億円余り` (at_least), `…人材の確保や育成のための経費におよそ25億円`
# (approx), `…機能の整備や普及に関する経費に10億円余り` (at_least). `98%近く` approx (`近く` as fresh's `7億円近く`).
# Dates from outside the text (fresh24a's bci.co.jp): `9月に発足する` 2021-09, `来月1日に発足する` 2021-09-01 (text
# `1日`; arguable).
B, NA = "budget", None
M = [
    trap(amt(2, "5400億円", 540000000000, None, fy=NA, q=("at_least",)), "概算要求 (headline)", "the agency total, rounded"),
    date(3, "9月", "2021-09"),
    trap(amt(3, "5400億円", 540000000000, None, fy=NA, q=("at_least",)), "概算要求として…盛り込まれる", "the agency total, rounded"),
    date(4, "1日", "2021-09-01"),
    trap(amt(5, "5426億円", 542600000000, fy=NA), "概算要求の総額", "the agency's request total"),
    amt(5, "5303億円", 530300000000, None, fy=NA, q=("at_least",)), pct(5, "98%", 98, q=("approx",)),
    amt(6, "25億円", 2500000000, fy=NA, q=("approx",)), amt(6, "10億円", 1000000000, None, fy=NA, q=("at_least",)),
]
ROWS = [
    dict(line=5, text="5303億円", budget_yen=530300000000, fy=NA, fy_alt=[2022], program="システムの整備や運用に関する経費",
         aliases=["情報システムの整備・運用に関する経費"], role=B, ministry="デジタル庁", why="a named expense of the request"),
    dict(line=6, text="25億円", budget_yen=2500000000, fy=NA, fy_alt=[2022],
         program="デジタルの専門的な知見を持つ人材の確保や育成のための経費", role=B, ministry="デジタル庁",
         why="`…経費におよそ25億円`"),
    dict(line=6, text="10億円", budget_yen=1000000000, fy=NA, fy_alt=[2022],
         program="デジタル社会に必要な機能の整備や普及に関する経費", role=B, ministry="デジタル庁", why="`…経費に10億円余り`"),
]
NOT_ROWS = traps(M)
