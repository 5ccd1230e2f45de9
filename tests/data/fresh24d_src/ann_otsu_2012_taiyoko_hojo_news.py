from kinds import amt, cnt, date, fyr, trap, traps

DOC = "otsu_2012_taiyoko_hojo_news"
# A builder's repost (shoei-web.co.jp, address dated 2012-06-07) of a news item on 大津市's grant for rooftop solar. The
# text fixes `本年度` itself: `2009年度から開始`, then `09年度`, `10年度`, `11年度` (past results), then `本年度` — FY2012
# (blind audit: fresh18c's undated 能代市 news takes fy from the year the text implies, as this set's own 能代市 item
# does with `5年度も`; fresh8b's fy null with fy_alt is for texts that write no year). So `660万円の予算を確保` the year's
# budget: `budget`, fy 2012, a row; the terms the `本年度から` / `本年度は` sentences set (the caps `上限額を4万円`, `上限4万円`,
# the unit grant `1キロワット当たり8千円`) `support`, fy 2012 (a year label heading terms gives its year, fresh23a); the
# old cap `上限3万円` (`2009年度から`, several years) fy null. Two-digit `09年度`, `10年度`, `11年度` no mentions (GUIDE); `2009年度`
# a fiscal year. Counts `119件`, `112件`, `222件`, `約3700軒` (approx), `200件程度` (approx). Year-less days from the
# address: `15日から` 2012-06-15, `3月末` (a past month-end of the survey) 2012-03, `来年3月15日まで` null..2013-03-15
# at_most. `約1万3千キロワット` physical; the phone number no mention; `1世帯当たり` a rate marker.
S = "support"
AM = ("at_most",)
M = [
    date(1, "15日", "2012-06-15"),
    trap(amt(1, "4万円", None, 40000, role=S, fy=2012, q=AM), "上限額を4万円に拡大", "a cap per household (support)"),
    trap(amt(2, "3万円", None, 30000, role=S, q=AM), "当初の上限3万円", "the earlier cap per household (support)"),
    fyr(2, "2009年度", 2009),
    cnt(2, "119件", 119, "件"),
    cnt(2, "112件", 112, "件"),
    cnt(2, "222件", 222, "件"),
    cnt(2, "3700軒", 3700, "軒", q=("approx",)),
    date(2, "3月末", "2012-03"),
    trap(amt(3, "8千円", 8000, role=S, fy=2012), "1キロワット当たり8千円", "a unit grant per kW (support)"),
    trap(amt(3, "4万円", None, 40000, role=S, fy=2012, q=AM), "上限4万円", "a cap per household (support)"),
    cnt(3, "200件", 200, "件", q=("approx",)),
    amt(3, "660万円", 6600000, role="budget", fy=2012),
    date(5, "3月15日", None, "2013-03-15", q=AM),
]
ROWS = [
    dict(line=3, text="660万円", budget_yen=6600000, program="大津市住宅用太陽光発電システム設置補助金",
         aliases=["住宅用太陽光発電装置設置への補助金"], fy=2012, role="budget", ministry="大津市",
         why="the year's budget of the grant (`660万円の予算を確保`; `本年度` follows the written `2009年度` … `11年度`)"),
]
NOT_ROWS = traps(M)
