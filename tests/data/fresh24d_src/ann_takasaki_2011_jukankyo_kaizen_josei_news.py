from kinds import amt, cnt, date, pct, trap, traps

DOC = "takasaki_2011_jukankyo_kaizen_josei_news"
# A local web paper's item (`2011年11月24日`) on 高崎市's grant for home improvement. `予算措置した250件分の5000万円` the
# programme's budget: `budget`, fy 2011 (the item's date: the call opened in `10月` of FY2011), a row. The terms `20万円以上の
# 工事` (a threshold, `support`, at_least), `3割` (30 percent), `上限20万円` (a cap, `support`, at_most), fy null, traps.
# `10億円規模の経済効果` (twice: headline and the mayor) and `1件のリフォーム費用が100万円ほど` are estimates, `other`, traps
# (`ほど` approx; `規模` no qualifier). Year-less months take the item's year: `11月中旬` 2011-11 (中旬 dropped, as the GUIDE's
# `半ば`), `10月から` a point, `11月11日までに` at_most, `11月末` 2011-11; `12月定例会` (twice) a session named by month: a
# date 2011-12 (earlier sets' `9月定例会`). `20・3%`, `15・7%`, `45・2%`, `21・7%`, `15・1%` percents with `・` as the decimal point
# (NEW: a newspaper's way of writing decimals; 20.3 …). Counts of applications and grants `900件`, `902件` (twice), `1100件程度`
# (approx), `250件` (twice), `249件`; `4倍以上` a ratio, no mention; `1件` a rate marker.
S, O = "support", "other"
M = [
    trap(amt(1, "10億円", 1000000000, role=O), "経済効果 (見出し)", "an estimated economic effect (other)"),
    date(2, "2011年11月24日", "2011-11-24"),
    date(3, "11月", "2011-11"),
    cnt(3, "900件", 900, "件"),
    date(4, "10月", "2011-10"),
    date(4, "11月11日", None, "2011-11-11", q=("at_most",)),
    cnt(4, "902件", 902, "件"),
    date(4, "11月末", "2011-11"),
    cnt(4, "1100件", 1100, "件", q=("approx",)),
    cnt(4, "250件", 250, "件"),
    trap(amt(5, "20万円", 200000, None, role=S, q=("at_least",)), "20万円以上の工事", "a threshold of the work the grant is for (support)"),
    pct(5, "3割", 30),
    trap(amt(5, "20万円", None, 200000, role=S, q=("at_most",)), "上限20万円", "a cap per household (support)"),
    cnt(6, "902件", 902, "件"),
    cnt(6, "249件", 249, "件"),
    cnt(6, "250件", 250, "件"),
    amt(6, "5000万円", 50000000, role="budget", fy=2011),
    date(6, "12月", "2011-12"),
    date(6, "12月", "2011-12"),
    pct(7, "23%", 23),
    pct(7, "20・3%", 20.3),
    pct(7, "15・7%", 15.7),
    pct(7, "45・2%", 45.2),
    pct(7, "21・7%", 21.7),
    pct(7, "15・1%", 15.1),
    trap(amt(9, "100万円", 1000000, role=O, q=("approx",)), "1件のリフォーム費用", "a household's cost of work (other)"),
    trap(amt(9, "10億円", 1000000000, role=O), "経済効果 (市長)", "an estimated economic effect (other)"),
]
ROWS = [
    dict(line=6, text="5000万円", budget_yen=50000000, program="高崎市住環境改善助成事業", fy=2011, role="budget",
         ministry="高崎市", why="the programme's budget (`予算措置した250件分の5000万円`), FY2011 by the item's date"),
]
NOT_ROWS = traps(M)
