from kinds import amt, cnt, date, dur, pct, trap, traps

DOC = "miyazu_r5_kanko_irikomi"
# 京都府宮津市's press page on its 令和5年 tourism survey (観光入込客数 and 観光消費額 of the calendar year 2023). The amounts are
# survey results: role `other` (the bracketed previous-year figure `(R4年 84億2,608万円)` too: `previous_budget` is for
# budgets only), fy null (calendar years, `令和5年` not `年度`). Traps: the total 観光消費額 of 2023 and of 2022. Per-visitor
# spending `4,249円` / `3,635円`: per null (per visitor is no `per` of the GUIDE). Dates: `令和5年`, `令和4年` (also inside
# `令和4年比`, and `R4年`: the era abbreviation with 年 is a calendar year, a date, not a fiscal year) are each a date; the
# page title `令和5年観光入込調査結果について` (breadcrumb line 2 and heading line 4) is the document's own title: no mention.
# `5類` no mention; the table's bare `119.2` no mention; `2,763.3千人` counts with 千.
O = "other"
R4, R5 = "2022", "2023"
M = [
    date(5, "2024年4月11日", "2024-04-11"),
    date(6, "令和5年1月1日~令和5年12月31日", "2023-01-01", "2023-12-31"),
    dur(6, "1年間", 1, "year"),
    date(7, "令和5年", R5),
    date(8, "令和5年", R5),
    date(8, "令和4年", R4),
    cnt(8, "44.5万人", 445000, "人"),
    cnt(8, "276.3万人", 2763000, "人"),
    date(8, "R4年", R4),
    cnt(8, "231.8万人", 2318000, "人"),
    date(8, "令和4年", R4),
    pct(8, "119.2%", 119.2),
    cnt(8, "64.3万人", 643000, "人"),
    date(8, "R4年", R4),
    cnt(8, "45.6万人", 456000, "人"),
    date(8, "令和4年", R4),
    pct(8, "141.1%", 141.1),
    cnt(8, "212.0万人", 2120000, "人"),
    date(8, "R4年", R4),
    cnt(8, "186.2万人", 1862000, "人"),
    date(8, "令和4年", R4),
    pct(8, "113.9%", 113.9),
    date(9, "令和4年10月", "2022-10"),
    date(9, "令和5年5月", "2023-05"),
    cnt(9, "57,717人", 57717, "人"),
    date(9, "R4年", R4),
    cnt(9, "3,907人", 3907, "人"),
    date(9, "令和4年", R4),
    pct(9, "1477.3%", 1477.3),
    trap(amt(10, "117億4,142万円", 11741420000, role=O), "観光消費額 全体 (令和5年)", "a survey result, not a budget"),
    date(10, "R4年", R4),
    trap(amt(10, "84億2,608万円", 8426080000, role=O), "観光消費額 全体 (令和4年)", "a survey result of the previous year"),
    date(10, "令和4年", R4),
    pct(10, "139.3%", 139.3),
    amt(10, "4,249円", 4249, role=O),
    date(10, "R4年", R4),
    amt(10, "3,635円", 3635, role=O),
    date(10, "令和4年", R4),
    pct(10, "116.9%", 116.9),
    date(10, "令和4年", R4),
    pct(10, "110.0%", 110.0),
    date(10, "令和4年", R4),
    pct(10, "104.0%", 104.0),
    date(11, "令和5年", R5),
    date(13, "令和5年", R5),
    date(14, "令和4年", R4),
    date(15, "令和4年", R4),
    cnt(17, "2,763.3千人", 2763300, "人"),
    cnt(18, "2,317.9千人", 2317900, "人"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
