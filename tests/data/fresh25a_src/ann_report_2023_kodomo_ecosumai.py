from kinds import amt, date, fyr, pct, trap, traps

DOC = "report_2023_kodomo_ecosumai"
# R.E.port on 国土交通省's こどもエコすまい支援事業 closing its applications (one programme). `令和4年度第2次補正予算に基づき
# 創設` names the programme's budget: `当初予算は1,500億円` supplementary_budget FY2022, a row (the programme's first
# money; `当初` here is "at first", not an initial budget of a year). `急遽予算額を209億3,500万円増額`: this page names no
# budget the money came from (jushin's page does): an increase, `other`, fy null, a trap (fresh24a's increases;
# arguable, departs from the jushin deck's row on purpose: the text decides). `予算総額を1,709億3,500万円` a sum, `other`,
# fy null, a trap. Dates: the page writes no full year of its own; `住宅省エネ2023キャンペーン` (a name) and the
# 令和4年度 supplementary place it in 2023 (as the jushin deck): `9月29日`, `28日` (同月), `7月27日`. `100%`, `82%`;
# `50年` (two-digit) no mention.
S, O, FY = "supplementary_budget", "other", 2022
M = [
    date(1, "9月29日", "2023-09-29"), fyr(1, "令和4年度", FY), date(1, "28日", "2023-09-28"), pct(1, "100%", 100),
    amt(2, "1,500億円", 150000000000, role=S, fy=FY), date(2, "7月27日", "2023-07-27"), pct(2, "82%", 82),
    trap(amt(2, "209億3,500万円", 20935000000, role=O), "急遽予算額を N円増額", "an increase (no budget named)"),
    trap(amt(2, "1,709億3,500万円", 170935000000, role=O), "予算総額", "the sum of the first budget and the increase"),
]
ROWS = [
    dict(line=2, text="1,500億円", budget_yen=150000000000, fy=FY, program="こどもエコすまい支援事業", role=S,
         ministry="国土交通省", why="`当初予算は N円` of the programme created under `令和4年度第2次補正予算`"),
]
NOT_ROWS = traps(M)
