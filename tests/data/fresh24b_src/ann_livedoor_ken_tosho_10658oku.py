from kinds import amt, cnt, date, rank, trap, traps

DOC = "livedoor_ken_tosho_10658oku"
# A prefecture's (unnamed on the page) 新年度当初予算案 in a TV news repost dated `2026-02-05`: `新年度` fixed by the page's
# date (fresh's 豊田市 call: a relative year fixed by the deck's date) → every amount fy 2026. 一般会計 `1兆658億円余り`
# (twice) `budget`, at_least (`余り`), traps; the increase `539億円余り` `other`, at_least, a trap; the school-lunch support
# `…などに54億2800万円余りを計上` a row, at_least. `過去2番目` ranks 2 (twice); `10個` 10 個; `５日`, `5日` the page's date;
# `2月県議会` a session date 2026-02. The cut `医師` ends the stored text.
B, O, FY = "budget", "other", 2026
M = [
    date(1, "2026-02-05", "2026-02-05"), date(1, "５日", "2026-02-05"), date(1, "2月", "2026-02"),
    trap(amt(1, "1兆658億円", 1065800000000, None, role=B, fy=FY, q=("at_least",)), "一般会計", "account total"),
    rank(1, "2番目", 2),
    date(1, "5日", "2026-02-05"),
    trap(amt(1, "1兆658億円", 1065800000000, None, role=B, fy=FY, q=("at_least",)), "一般会計 (再掲)", "account total"),
    trap(amt(1, "539億円", 53900000000, None, role=O, fy=FY, q=("at_least",)), "一般会計の増加", "change"),
    rank(1, "2番目", 2),
    cnt(1, "10個", 10, "個"),
    amt(1, "54億2800万円", 5428000000, None, role=B, fy=FY, q=("at_least",)),
]
ROWS = [dict(line=1, text="54億2800万円", budget_yen=5428000000, fy=FY,
             program="公立小学校と県立特別支援学校の小学部・中学部の給食費支援など", role=B,
             why="a work's appropriation in the 新年度 (FY2026) 当初予算案 (`…などに54億2800万円余りを計上`)",
             note="the prefecture is not named on the page")]
NOT_ROWS = traps(M)
