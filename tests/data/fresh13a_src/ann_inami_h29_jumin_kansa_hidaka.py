from kinds import amt, date, fyr, trap, traps

DOC = "inami_h29_jumin_kansa_hidaka"
# 日高新報's report of 和歌山県印南町's 監査委員 rejecting a resident's audit request (2017) on the 平成27年度 grant to
# 印南町産業振興協議会. The grant given to the one body (`交付額100万円`): `support` FY2015 (a grant to a recipient, earlier
# calls: grants paid out are support, traps). The body's settled project cost (`補助対象事業費が91万7349円`), the excess
# (`8万2651円`), its own grants to related groups in its accounts (`補助金65万円が計上`) and the cut of the next year's grant
# (`平成28年度の交付額から10万円を減らす`): `other` (settled figures, differences, breakdowns), with their years. All traps.
# `31日` and `5月24日`: dates; the year (2017) is not on the page: taken from the same case's other report in this set
# (紀伊民報, 2017-06-29) and the request's timing (after 平成28年度's grant) (NEW, arguable: README). `(60)` an age.
S, O = "support", "other"
t = trap
M = [
    date(1, "31日", "2017-05-31"),
    fyr(2, "平成27年度", 2015),
    t(amt(2, "100万円", 1000000, role=S, fy=2015), "町産業振興団体補助事業補助金 交付額 (平成27年度)",
      "a grant paid to one body (support): no budget of the programme"),
    t(amt(2, "91万7349円", 917349, role=O, fy=2015), "補助対象事業費 (決算)", "the recipient's settled project cost"),
    t(amt(2, "8万2651円", 82651, role=O, fy=2015), "事業費を上回った交付額", "an excess found in the audit request"),
    t(amt(2, "65万円", 650000, role=O, fy=2015), "関連団体への補助金 (協議会の支出)", "a line of the recipient's accounts"),
    fyr(3, "平成28年度", 2016),
    t(amt(3, "10万円", 100000, role=O, fy=2016), "平成28年度の交付額から減らした額", "a reduction of the next grant"),
    date(4, "5月24日", "2017-05-24"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
