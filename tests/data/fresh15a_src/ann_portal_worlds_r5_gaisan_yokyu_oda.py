from kinds import amt, cnt, date, fyr, trap, traps

DOC = "portal_worlds_r5_gaisan_yokyu_oda"
# portal-worlds.com (news, 岸田政権; 2023: the request of 令和6年度 is made in August 2023): 外務省's request for 令和6年度
# and JICA's loan plan. A request's programme figures are the requested year's budget and rows (fresh3 / fresh8a:
# `budget`, fy 2024): `無償資金協力は…1,739億円を要求`, `JICA運営費交付金などは1,574億円の要求`, `分担金・義務的拠出金は1,292億円`;
# the lead's `来年度の…無償資金協力は…1,739億円` (来年度 = 令和6年度) restates the body's figure: an ambiguous row (fresh8a's
# lead call). `一般的な政策経費は3,190億円` (a kind of expense, non-ODA policy costs: `other`, fresh4 / fresh8a's 一般経費 split,
# a trap); the ministry's request total `8,137億円` (`budget` 2024) and last year's `7,434億円` (`previous_budget` 2023):
# traps (a ministry's totals); the increases `105億円`, `703億円`, `3,860億円` (`other`, changes, traps); JICA's loan volume
# `22,800億円` (the lead's `有償資金協力は…22,800億円`: `other` as fresh8a's loan volume (the loans are financed outside the
# budget); line 5's `事業規模は、22,800億円`: `support` (blind audit: the GUIDE lists 事業規模 under support, as fresh9a,
# fresh11c and fresh14b's audit read it); fy 2024, traps). `3つ` a count; `8月31日` 2023-08-31; `約 1分6秒` a
# reading time (no kind).
B, PB, O, S = "budget", "previous_budget", "other", "support"
R_CH = "a change against the year before, not a budget"
R_LOAN = "JICA's loan programme volume (financed by loan funds outside the budget), not a budget row"
M = [
    trap(amt(2, "105億円", 10500000000, role=O, fy=2024), "無償資金協力 増額 (リード)", R_CH),
    amt(2, "1,739億円", 173900000000, role=B, fy=2024),
    trap(amt(2, "3,860億円", 386000000000, role=O, fy=2024), "有償資金協力 増額 (リード)", R_CH),
    trap(amt(2, "22,800億円", 2280000000000, role=O, fy=2024), "有償資金協力 (リード)", R_LOAN),
    fyr(3, "令和6年度", 2024),
    trap(amt(3, "8,137億円", 813700000000, role=B, fy=2024), "外務省 令和6年度 概算要求額", "a ministry's request total"),
    trap(amt(3, "7,434億円", 743400000000, role=PB, fy=2023), "外務省 昨年度の予算額", "a ministry's total of the year before"),
    trap(amt(3, "703億円", 70300000000, role=O, fy=2024), "外務省 要求額 増額", R_CH),
    trap(amt(4, "105億円", 10500000000, role=O, fy=2024), "無償資金協力 増額", R_CH),
    amt(4, "1,739億円", 173900000000, role=B, fy=2024),
    amt(4, "1,574億円", 157400000000, role=B, fy=2024),
    amt(4, "1,292億円", 129200000000, role=B, fy=2024),
    trap(amt(4, "3,190億円", 319000000000, role=O, fy=2024), "一般的な政策経費",
         "a kind of expense (the ministry's non-ODA policy costs), not a programme's budget"),
    cnt(4, "3つ", 3, "つ"),
    date(5, "8月31日", "2023-08-31"), fyr(5, "令和6年度", 2024),
    trap(amt(5, "22,800億円", 2280000000000, role=S, fy=2024), "JICA有償資金協力 事業規模", R_LOAN),
    fyr(5, "令和5年度", 2023),
    trap(amt(5, "3,860億円", 386000000000, role=O, fy=2024), "事業規模 令和5年度当初計画比 増", R_CH),
]
MIN = "外務省"
ROWS = [
    dict(line=4, text="1,739億円", budget_yen=173900000000, fy=2024, program="無償資金協力", role=B, ministry=MIN,
         why="`無償資金協力は、昨年よりも105億円の増額となる1,739億円を要求`: a programme's request for 令和6年度"),
    dict(line=4, text="1,574億円", budget_yen=157400000000, fy=2024, program="JICA運営費交付金など", role=B, ministry=MIN,
         why="`JICA運営費交付金などは1,574億円の要求`"),
    dict(line=4, text="1,292億円", budget_yen=129200000000, fy=2024, program="分担金・義務的拠出金", role=B, ministry=MIN,
         why="`分担金・義務的拠出金は1,292億円`"),
    dict(line=2, text="1,739億円", budget_yen=173900000000, fy=2024, program="無償資金協力", role=B, ministry=MIN, ambiguous=True,
         why="the lead's `来年度の海外への無償資金協力は…1,739億円`: the body's request restated (fresh8a's lead call)"),
]
NOT_ROWS = traps(M)
