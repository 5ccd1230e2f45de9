from kinds import amt, cnt, date, fyr, trap, traps

DOC = "hakodate_2012_taiyoko_josei_kakudai_news"
# A blog's copy (dated `2012/02/29` on line 1) of a news item on 函館市's grant for rooftop solar. The written date fixes
# the relative years: `本年度` FY2011, `新年度` FY2012, `昨年` 2011 (earlier sets: `今年度` in a dated speech). The money:
# `昨年6月の補正予算で…当初は30件分に当たる630万円を計上` and `60件分・1,260万円を追加補正` are the programme's money in
# FY2011's supplementaries: `supplementary_budget`, fy 2011, two rows (NEW: a programme revived in a supplementary and
# topped up in another, each its own row); `100件分相当の2,100万円を予算案に盛り込んだ` the next year's budget: `budget`,
# fy 2012, a row (`予算案` is no draft: fresh23a). `助成額は約1,500万円に上る見通し` the grants expected to be paid: `other`,
# approx, fy 2011, a trap (a result, not a budget). Terms `1キロワット当たり7万円` (unit), `最大…21万円` (cap), the
# national `4万8,000円` (unit) and `最大…48万円` (cap) `support`, fy null (`新年度も、本年度と同じく`: both years), traps; the
# worked example's `約240万円` (a household's cost, `other`, approx), `約19万2,000円` (the national grant, `support`,
# approx) and `21万円` (the city's, `support`) traps. `3倍`, `2倍` ratios no mentions; `2003~05年度` one fiscal-year range
# 2003..2005 (the era-less `05` carried from the first end, as fresh23c's `令和2年度から6年度まで`); `昨年6月の補正予算` names a
# budget by its month: no date (fresh18c's blind audit); `昨年12月1日時点` 2011-12-01; counts of applications
# and grants `30件分`, `64件`, `60件分`, `73件`, `29件`, `44件`, `100件分`; kW figures physical.
S, O = "support", "other"
M = [
    date(1, "2012/02/29", "2012-02-29"),
    date(4, "9月", "2011-09"),
    fyr(5, "2003~05年度", 2003, 2005),
    cnt(5, "30件", 30, "件"),
    amt(5, "630万円", 6300000, role="supplementary_budget", fy=2011),
    date(5, "12月1日", "2011-12-01"),
    cnt(5, "64件", 64, "件"),
    cnt(5, "60件", 60, "件"),
    amt(5, "1,260万円", 12600000, role="supplementary_budget", fy=2011),
    cnt(5, "73件", 73, "件"),
    cnt(5, "29件", 29, "件"),
    cnt(5, "44件", 44, "件"),
    trap(amt(5, "1,500万円", 15000000, role=O, fy=2011, q=("approx",)), "助成額の見通し",
         "the grants expected to be paid in the year (other: a result)"),
    trap(amt(6, "7万円", 70000, role=S), "出力1キロワット当たり7万円", "a unit grant per kW (support)"),
    trap(amt(6, "21万円", None, 210000, role=S, q=("at_most",)), "最大3キロワット・21万円", "a cap per household (support)"),
    cnt(6, "100件", 100, "件"),
    amt(6, "2,100万円", 21000000, role="budget", fy=2012),
    trap(amt(6, "4万8,000円", 48000, role=S), "国の補助 1キロワット当たり", "the national unit grant per kW (support)"),
    trap(amt(6, "48万円", None, 480000, role=S, q=("at_most",)), "国の補助 最大10キロワット・48万円",
         "the national cap per household (support)"),
    trap(amt(7, "240万円", 2400000, role=O, q=("approx",)), "4キロワットの設置費用", "a household's installation cost (other)"),
    trap(amt(7, "19万2,000円", 192000, role=S, q=("approx",)), "国からの助成 (4キロワットの例)",
         "the national grant in a worked example (support)"),
    trap(amt(7, "21万円", 210000, role=S), "市からの助成 (4キロワットの例)", "the city's grant in a worked example (support)"),
]
P, MIN = "函館市住宅用太陽光発電システム設置費助成", "函館市"
# The item names the programme only as `住宅用の太陽光発電システム設置費用の助成制度`: that phrase is an alias (audit).
AL = ["住宅用の太陽光発電システム設置費用の助成制度", "太陽光発電システム設置費用の助成制度"]
ROWS = [
    dict(line=5, text="630万円", budget_yen=6300000, program=P, aliases=AL, fy=2011, role="supplementary_budget", ministry=MIN,
         why="the money first put in FY2011's June supplementary (`30件分に当たる630万円を計上`)"),
    dict(line=5, text="1,260万円", budget_yen=12600000, program=P, aliases=AL, fy=2011, role="supplementary_budget", ministry=MIN,
         why="the money added by a further supplementary (`60件分・1,260万円を追加補正`)"),
    dict(line=6, text="2,100万円", budget_yen=21000000, program=P, aliases=AL, fy=2012, role="budget", ministry=MIN,
         why="the next year's budget bill (`新年度`, the item dated 2012-02-29: `2,100万円を予算案に盛り込んだ`)"),
]
NOT_ROWS = traps(M)
