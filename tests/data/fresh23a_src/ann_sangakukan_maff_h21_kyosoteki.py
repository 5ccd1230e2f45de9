from kinds import amt, cnt, date, dur, fyr

DOC = "sangakukan_maff_h21_kyosoteki"
# The same office's article of a year earlier (2009年1月号): `(平成21年度予算の概算決定額:約68億円)` the budget of
# イノベーション創出基礎的研究推進事業, `budget`, fy 2009, approx, a row. The window `平成21年1月26日(月)~2月13日` one range;
# `研究期間 原則5年以内` a duration null..5 year, at_most (`原則` is no qualifier, GUIDE). `2本` 2 本. `2009年1月号` an
# issue label (no date); `[1]` no mention. The text is cut at `研究費 原` (the per-project research cost is lost).
M = [
    fyr(3, "平成21年度", 2009),
    cnt(7, "2本", 2, "本"),
    fyr(9, "平成21年度", 2009),
    amt(9, "68億円", 6800000000, role="budget", fy=2009, q=("approx",)),
    date(12, "平成21年1月26日(月)~2月13日", "2009-01-26", "2009-02-13"),
    dur(15, "5年", None, "year", 5, q=("at_most",)),
]
ROWS = [
    dict(line=9, text="68億円", budget_yen=6800000000, program="イノベーション創出基礎的研究推進事業", fy=2009, role="budget",
         ministry="農林水産省", why="the programme's 平成21年度 budget (概算決定額) under its own heading"),
]
NOT_ROWS: list[dict] = []
