from kinds import amt, cnt, date, fyr, pct, trap, traps

DOC = "hirono_iwate_r6_chikusan_kosha_koho"
# 岩手県洋野町's 広報ひろの (2025年12月号: an issue label, no date) on 一般社団法人 大野畜産公社, figures `令和7年3月31日現在`
# (the business year 令和6年度, 2024). The tables under `(単位:千円)` / `(単位:人)` are not in the stored text. Money in
# prose: the settled `経常損益は556千円` and `当期損益は9,116千円` — results of the business year, `other`, fy 2024 (the
# report's `令和7年3月31日現在`), traps. `25.0%以上` at_least; `2法人` a count; `令和6年度からの` a point (GUIDE: `から`).
O = "other"
M = [
    pct(4, "25.0%", 25.0, None, q=("at_least",)),
    cnt(4, "2法人", 2, "法人"),
    date(4, "令和7年3月31日", "2025-03-31"),
    date(6, "昭和50年4月4日", "1975-04-04"),
    fyr(17, "令和6年度", 2024),
    trap(amt(17, "556千円", 556000, role=O, fy=2024), "大野畜産公社 経常損益 (令和6年度)", "a settled result of the body, no programme"),
    trap(amt(17, "9,116千円", 9116000, role=O, fy=2024), "大野畜産公社 当期損益 (令和6年度)", "a settled result of the body, no programme"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
