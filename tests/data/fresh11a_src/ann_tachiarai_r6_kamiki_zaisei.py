from kinds import amt, cnt, date, fyr, pct

DOC = "tachiarai_r6_kamiki_zaisei"
# 大刀洗町's half-year execution (令和6年度). Line 1: the general account's 当初予算 and its current 予算額 after three
# supplementaries: `budget` FY2024, account totals, traps (fresh5a). `9月までに` → null..2024-09, at_most; `3回` a count.
# The `|`-flattened tables sit under `(単位:万円)`. Cells written with `億` (`100億 437`, `44億1,472`, `14億3,017`) are
# amounts, the header's `万円` completing them (`44億1,472` = 4,414,720,000; blind audit: the GUIDE's convention for a
# figure written with 万/億 in a table cell (`利用者数 … 1,210万`, its noun from the row label) and the earlier sets'
# `4604億`, `152億`, `2億` read a figure with 億 as a quantity, not a bare number); cells of digits only (`9,161`, `480`,
# `250`, `0`) stay bare (GUIDE; issue 22). Roles: 予算現額 `budget` (the accounts' current budgets, fresh5a; the
# `(前年度繰越分)` row's as 浦幌町's 繰越明許費予算), 収入済額 / 支出済額 `other` (settled), the 町債 and 基金 balances,
# repayments, issues, drawdowns and deposits `other` (fresh8b, fresh9b), all traps; fy 2024, but the `前期(3月)末`
# balances (at 2024-03-31, the end of FY2023) fy 2023 (fresh6c's `令和5年度末で221億円`; arguable). The 収入率 / 執行率
# cells carry `%`: ten percents. The column headers
# `前期(3月)末` and `当期(9月)末` (twice each) are year-less months of the deck's year: 2024-03, 2024-09 (GUIDE).
# `令和5年度より` a fiscal year (a point); the linked report's `令和6年度上半期` a fiscal year.
B, FY = "budget", 2024
M = [
    fyr(1, "令和6年度", FY), amt(1, "88億9,512万円", 8895120000, fy=FY), date(1, "9月", None, "2024-09", q=("at_most",)),
    cnt(1, "3回", 3, "回"), amt(1, "96億3,956万円", 9639560000, fy=FY),
    pct(14, "44.1%", 44.1), pct(16, "36.4%", 36.4), pct(20, "28.4%", 28.4), pct(22, "57.8%", 57.8),
    pct(26, "41.7%", 41.7), pct(28, "36.0%", 36.0), pct(32, "33.3%", 33.3), pct(34, "27.0%", 27.0),
    pct(38, "98.5%", 98.5), pct(40, "0.0%", 0.0),
    date(44, "3月", "2024-03"), date(47, "9月", "2024-09"), date(63, "3月", "2024-03"), date(66, "9月", "2024-09"),
    fyr(88, "令和5年度", 2023), fyr(89, "令和6年度", FY),
]
O = "other"
# the 億-cells (line, text, value in yen, role, fy, what)
CELLS = [
    (12, "100億 437", 10004370000, B, FY, "一般会計 予算現額"), (13, "44億1,472", 4414720000, O, FY, "一般会計 収入済額"),
    (15, "36億4,191", 3641910000, O, FY, "一般会計 支出済額"),
    (18, "3億6,481", 364810000, B, FY, "一般会計 前年度繰越分 予算現額"),
    (19, "1億 363", 103630000, O, FY, "前年度繰越分 収入済額"), (21, "2億1,102", 211020000, O, FY, "前年度繰越分 支出済額"),
    (24, "17億5,735", 1757350000, B, FY, "国民健康保険 予算現額"), (25, "7億3,317", 733170000, O, FY, "国民健康保険 収入済額"),
    (27, "6億3,348", 633480000, O, FY, "国民健康保険 支出済額"), (30, "2億7,497", 274970000, B, FY, "後期高齢者医療保険 予算現額"),
    (49, "45億5,456", 4554560000, O, 2023, "町債 一般 前期末"), (50, "2億3,782", 237820000, O, FY, "町債 一般 元金償還額"),
    (51, "7億1,375", 713750000, O, FY, "町債 一般 発行額"), (52, "50億3,049", 5030490000, O, FY, "町債 一般 当期末"),
    (54, "26億5,941", 2659410000, O, 2023, "町債 下水道 前期末"), (55, "1億7,774", 177740000, O, FY, "町債 下水道 元金償還額"),
    (57, "24億8,167", 2481670000, O, FY, "町債 下水道 当期末"),
    (68, "14億3,017", 1430170000, O, 2023, "財政調整基金 前期末"), (71, "14億3,267", 1432670000, O, FY, "財政調整基金 当期末"),
    (73, "6億3,385", 633850000, O, 2023, "減債基金 前期末"), (76, "6億5,241", 652410000, O, FY, "減債基金 当期末"),
    (78, "38億 162", 3801620000, O, 2023, "その他積立基金 前期末"), (79, "5億1,054", 510540000, O, FY, "その他積立基金 取崩額"),
    (80, "6億 12", 600120000, O, FY, "その他積立基金 積立額"), (81, "38億9,120", 3891200000, O, FY, "その他積立基金 当期末"),
    (83, "1億9,930", 199300000, O, 2023, "定額運用基金 前期末"), (86, "1億9,930", 199300000, O, FY, "定額運用基金 当期末"),
]
M += [amt(ln, t, v, role=r, fy=fy) for ln, t, v, r, fy, _ in CELLS]
ROWS: list[dict] = []
A = "the general account's total (an account is not a programme)"
NOT_ROWS = [
    dict(line=1, text="88億9,512万円", value_yen=8895120000, fy=FY, mention_role=B, what="一般会計当初予算", reason=A),
    dict(line=1, text="96億3,956万円", value_yen=9639560000, fy=FY, mention_role=B, what="現在の予算額 (3回の補正後)",
         reason=A),
]
WHY = {B: "an account's current budget (予算現額, an account total), not a programme",
       O: "a settled figure, a bond or fund balance or its movement, not a budget"}
NOT_ROWS += [dict(line=ln, text=t, value_yen=v, fy=fy, mention_role=r, what=w, reason=WHY[r]) for ln, t, v, r, fy, w in CELLS]
