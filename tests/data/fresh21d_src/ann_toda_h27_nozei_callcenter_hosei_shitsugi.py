from kinds import amt, cnt, date, fyr, pct, trap, traps

DOC = "toda_h27_nozei_callcenter_hosei_shitsugi"
# A 埼玉県戸田市 councillor's report of her question in the 平成27年9月議会 on the new 納税コールセンター運営業務 in
# 議案第68号 平成27年度戸田市一般会計補正予算(第3号): the heading's `641万6000円` (twice: the page repeats its title) is the
# appropriation, `supplementary_budget`, fy 2015, the row (once, on the first heading); the closing `約640万円` the same
# money rounded (`supplementary_budget`, fy 2015, approx; neither a second row nor a trap). The expected effect
# `約2700万円` (more tax collected, fy null: no year is written for it) `other`, a trap. `9月議会` sessions named by month
# are dates (fresh20a); `11月1日` a date of 2015. Codes `款2`, `項2`, `目2`, `事業5`, `節13`, `議案第68号`, `(第3号)`,
# `3つ目`, `(1)` no mentions. Counts `約5900件`, `約19000件` (twice) approx; `約0.1%` percent approx.
SB = "supplementary_budget"
M = [
    date(1, "平成27年9月", "2015-09"),
    amt(1, "641万6000円", 6416000, role=SB, fy=2015),
    date(2, "平成27年9月", "2015-09"),
    amt(2, "641万6000円", 6416000, role=SB, fy=2015),
    fyr(3, "平成27年度", 2015),
    fyr(4, "平成27年度", 2015),
    cnt(8, "5900件", 5900, "件", q=("approx",)),
    cnt(8, "19000件", 19000, "件", q=("approx",)),
    pct(8, "0.1%", 0.1, q=("approx",)),
    trap(amt(8, "2700万円", 27000000, role="other", q=("approx",)), "納税コールセンターの効果 (見込み)",
         "an expected gain in tax collected, not money appropriated"),
    date(11, "11月1日", "2015-11-01"),
    cnt(12, "19000件", 19000, "件", q=("approx",)),
    amt(12, "640万円", 6400000, role=SB, fy=2015, q=("approx",)),
]
ROWS = [
    dict(line=1, text="641万6000円", budget_yen=6416000, fy=2015, role="supplementary_budget",
         program="納税コールセンター運営業務", aliases=["納税コールセンター運営業務委託", "収納事務費 委託料"],
         why="the 平成27年度 補正予算(第3号)'s new 委託料 for the tax call centre (賦課徴収費・収納事務費)"),
    dict(line=2, text="641万6000円", budget_yen=6416000, fy=2015, role="supplementary_budget", ambiguous=True,
         program="納税コールセンター運営業務", aliases=["納税コールセンター運営業務委託"],
         why="the same heading repeated by the page: either line may carry the one row"),
]
NOT_ROWS = traps(M)
