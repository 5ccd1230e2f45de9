from kinds import amt, cnt, date, fyr, trap, traps

DOC = "rifj_h30_mext_gaisan"
# 文部科学省's 平成30年度 概算要求のポイント as the 全国地域教育研究会 (rifj) blog summarises it (2017年8月28日):
# budget FY2018, TOTALS ONLY (no row). The ministry total `5兆8,380億円` and its four areas (`文教関係予算`, `スポーツ
# 関係予算`, `文化芸術関係予算`, `科学技術予算`: classes and agency totals, fresh24a) traps; the increases `5,283億円の増`
# and the clipped `(3,308億増)`, `(67億増)`, `(209億増)`, `(1,732億増)` (no 円: amounts, fresh8a's clipped `2億`) `other`,
# traps. Era-less `29年度` no mention; counts `17項目`, `11項目` ×2, `8項目`; `Society5.0` a name.
B, O, FY = "budget", "other", 2018
M = [
    date(1, "2017年8月28日", "2017-08-28"),
    fyr(3, "平成30年度", FY),
    trap(amt(3, "5兆8,380億円", 5838000000000, fy=FY), "文部科学関係の概算要求額", "the ministry's request total"),
    trap(amt(3, "5,283億円", 528300000000, role=O, fy=FY), "増", "an increase"),
    trap(amt(3, "4兆4,265億円", 4426500000000, fy=FY), "文教関係予算", "an area total (class)"),
    trap(amt(3, "3,308億", 330800000000, role=O, fy=FY), "(N億増)", "an increase"),
    trap(amt(3, "401億円", 40100000000, fy=FY), "スポーツ関係予算", "an area total (class)"),
    trap(amt(3, "67億", 6700000000, role=O, fy=FY), "(N億増)", "an increase"),
    trap(amt(3, "1,252億円", 125200000000, fy=FY), "文化芸術関係予算", "an area total (class)"),
    trap(amt(3, "209億", 20900000000, role=O, fy=FY), "(N億増)", "an increase"),
    trap(amt(3, "1兆1,353億円", 1135300000000, fy=FY), "科学技術予算", "an area total (class)"),
    trap(amt(3, "1,732億", 173200000000, role=O, fy=FY), "(N億増)", "an increase"),
    cnt(4, "17項目", 17, "項目"), cnt(4, "11項目", 11, "項目"), cnt(4, "8項目", 8, "項目"), cnt(4, "11項目", 11, "項目"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
