from kinds import amt, date

DOC = "okazaki_r7_senketsu_shugiin_hosei"
# 愛知県岡崎市's notice of a 専決処分 (令和8年1月14日) of a supplementary for the 衆議院議員総選挙. `一般会計 補正額 178,134千円`
# is the supplementary's total, whose one 歳出 line is the election's cost (`衆議院議員総選挙費 | 178,134` in a bare cell):
# supplementary_budget, an AMBIGUOUS row as fresh11b's 熊本市. No 年度 is written: fy 2025 from the date of an in-year
# supplementary (a January 2026 supplementary belongs to the fiscal year that began in April 2025; fresh's call on
# 令和5年第2回定例会), noted on the row (arguable: null with fy_alt). The table cells under `補正額(千円)` (`178,134`,
# `175,710`, `2,424`) are digits only: no mentions. `令和8年2月上中旬` a date 2026-02 (`上中旬` dropped as `半ば`);
# `昭和22年法律第67号`, `第179条第1項` law numbers; `1 歳出`, `2 歳入` list marks.
S, FY = "supplementary_budget", 2025
M = [
    date(2, "令和8年2月", "2026-02"), date(2, "令和8年1月14日", "2026-01-14"),
    amt(3, "178,134千円", 178134000, role=S, fy=FY),
]
ROWS = [dict(line=3, text="178,134千円", budget_yen=178134000, fy=FY, role=S, ambiguous=True,
             program="衆議院議員総選挙費 (専決処分補正予算)", aliases=["衆議院議員総選挙費"],
             why="`一般会計 補正額 178,134千円`, whose one 歳出 line is `総務費 | 衆議院議員総選挙費 | 178,134`",
             note="fy from the 専決処分's date (令和8年1月14日: FY2025); the supplementary's total equals its one programme's")]
NOT_ROWS: list[dict] = []
