from kinds import amt, cnt, date, pct, trap, traps

DOC = "kyoto_jcp_umeki_2004_seikatsu_kotsu"
# 日本共産党京都府議会議員団's page of 梅木紀秀's question in 京都府議会 (2004年6月14日) on local bus transport: national figures.
# `1兆円といわれる地方バスの運行経費` (the nation's cost of local buses: `other`, a trap), `国庫補助はわずか73億円` twice (the
# national subsidy for local bus routes: `support`, the GUIDE's 支援規模; fy null: no year beside it), `道路建設費は、今年度1兆8725億円`
# (`budget`, fy 2004 from `今年度` in a speech dated 2004: an ambiguous row, the year's road budget the speaker sets against the
# subsidy). Shares abroad (`43%`, `55%`, `60%`, `4割から6割` one range), `1%にもなりません` (1, no qualifier word). Riders
# `99億人`, `46億人`, cars `172万台`, `4210万台` counts; `本年1月` the speech's year (2004-01); `1968年`, `2001年` dates. `24倍` no
# kind.
O = "other"
M = [
    date(1, "2004年6月14日", "2004-06-14"),
    date(5, "本年1月", "2004-01"),
    date(6, "1968年", "1968"),
    cnt(6, "99億人", 9900000000, "人"),
    date(6, "2001年", "2001"),
    cnt(6, "46億人", 4600000000, "人"),
    cnt(6, "172万台", 1720000, "台"),
    cnt(6, "4210万台", 42100000, "台"),
    pct(7, "43%", 43),
    pct(7, "55%", 55),
    pct(7, "60%", 60),
    pct(7, "4割から6割", 40, 60),
    trap(amt(7, "1兆円", 1000000000000, role=O), "地方バスの運行経費 (national)", "the nation's operating cost of local buses"),
    amt(7, "73億円", 7300000000, role="support"),
    pct(7, "1%", 1),
    amt(7, "1兆8725億円", 1872500000000, fy=2004),
    amt(7, "73億円", 7300000000, role="support"),
]
ROWS = [dict(line=7, text="1兆8725億円", fy=2004, budget_yen=1872500000000, program="道路建設費 (national road construction)",
             aliases=["高速道路などの道路建設費"], role="budget", ambiguous=True,
             why="the year's road construction budget, named with 今年度 in a 2004 speech",
             note="a comparison figure outside the deck's bus subject; no 予算 word beside it")]
NOT_ROWS = traps(M)
