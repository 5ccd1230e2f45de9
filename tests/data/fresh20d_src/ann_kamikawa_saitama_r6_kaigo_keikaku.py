from kinds import amt, dur, fyr, trap, traps

DOC = "kamikawa_saitama_r6_kaigo_keikaku"
# 埼玉県神川町's 広報かみかわ (2024年4月号 by the address) on its 高齢者福祉計画・第9期介護保険事業計画: the premium kept by
# drawing on the 介護給付費準備基金 (no sum written): `月額5,600円(年額67,200円)`, both `other` (a charge), per `month` and
# per `year`, fy null (the plan's span), traps. `令和6年度から8年度まで` two fiscal years; `3年間`, `3年ごとに` durations.
# Not mentions: `65歳以上` (an age), `第9段階` (a band named by number), `毎年4月1日` (every year's date: recurring), phone
# and fax numbers.
O = "other"
PREM = "the standard premium (基準額) a resident pays, a charge, no appropriation"
M = [
    fyr(1, "令和6年度", 2024), fyr(1, "8年度", 2026), dur(1, "3年間", 3, "year"),
    dur(2, "3年", 3, "year"),
    trap(amt(2, "5,600円", 5600, role=O, per="month"), "介護保険料基準額 (月額)", PREM),
    trap(amt(2, "67,200円", 67200, role=O, per="year"), "介護保険料基準額 (年額)", PREM),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
