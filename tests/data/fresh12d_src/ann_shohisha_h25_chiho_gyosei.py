from kinds import amt, cnt, date, dur, fyr

DOC = "shohisha_h25_chiho_gyosei"
# 消費者白書 平成25年版, 第1部 第4章 第2節 【地方消費者行政の充実】: a programme told with its money among the field's
# statistics. `地方消費者行政活性化基金(2009~12年度で約231億円)`: the fund's national funding summed over four fiscal years
# (NEW, arguable: budget, fy null: a span of years names no one fiscal year; a trap, no one year's budget). Local
# governments' budgets for consumer administration summed over the country: `2008年度の約101億円(最終予算額)` (budget
# FY2008), `2012年度は約167億円(当初予算額)` (budget FY2012): traps (a field's total over all local governments). `国は
# 2012年度補正予算において地方消費者行政活性化基金を約60億円上積み`: the supplementary's addition to the fund
# (supplementary_budget FY2012, a row: brief `補正予算でN億円を措置`). Counts of centres and staff with their changes,
# `3年` durations, dates `(2009年4月1日現在)`, `2012年7月`. `平成25年版` an edition label; `(図表4-2-4)` a name.
B, S = "budget", "supplementary_budget"
A = ("approx",)
M = [
    fyr(7, "2009~12年度", 2009, 2012), amt(7, "231億円", 23100000000, fy=None, q=A),
    cnt(7, "501か所", 501, "か所"), date(7, "2009年4月1日", "2009-04-01"), cnt(7, "724か所", 724, "か所"),
    date(7, "2012年4月1日", "2012-04-01"), cnt(7, "223か所", 223, "か所"),
    cnt(7, "8,067名", 8067, "名"), cnt(7, "8,649名", 8649, "名"), cnt(7, "582名", 582, "名"),
    fyr(7, "2008年度", 2008), amt(7, "101億円", 10100000000, fy=2008, q=A),
    fyr(7, "2012年度", 2012), amt(7, "167億円", 16700000000, fy=2012, q=A),
    fyr(7, "2012年度", 2012), amt(7, "60億円", 6000000000, role=S, fy=2012, q=A),
    date(8, "2012年7月", "2012-07"),
    dur(9, "3年", 3, "year"), cnt(9, "223か所", 223, "か所"),
    dur(10, "3年", 3, "year"), cnt(10, "582名", 582, "名"),
]
ROWS = [
    dict(line=7, text="60億円", budget_yen=6000000000, fy=2012, program="地方消費者行政活性化基金", role=S, ministry="消費者庁",
         why="`2012年度補正予算において地方消費者行政活性化基金を約60億円上積み`: the supplementary's addition to the fund"),
]
R = "local governments' budgets for consumer administration summed over the country: a field's total, no programme's own"
NOT_ROWS = [
    dict(line=7, text="231億円", value_yen=23100000000, fy=None, mention_role=B, what="地方消費者行政活性化基金 2009~12年度",
         reason="the fund's funding summed over four fiscal years: no one year's budget"),
    dict(line=7, text="101億円", value_yen=10100000000, fy=2008, mention_role=B, what="地方消費者行政の予算規模 (最終予算額)",
         reason=R),
    dict(line=7, text="167億円", value_yen=16700000000, fy=2012, mention_role=B, what="地方消費者行政の予算規模 (当初予算額)",
         reason=R),
]
