from kinds import amt, cnt, date, fyr

DOC = "sangakukan_maff_h22_kyosoteki"
# 農林水産省 農林水産技術会議事務局's article in JST's 産学官連携ジャーナル (2010年3月特別号): its competitive research funds
# of 平成22年度 and the call of イノベーション創出基礎的研究推進事業 (run by 生研センター). `(平成22年度予算の概算決定額:60億円)`
# under the programme's heading is the programme's budget (the government's draft as decided: `budget`, fy 2010, no
# draft qualifier — the GUIDE's `（案）` is not written), a row. The call window `平成22 年1 月25 日(月)~ 2月12 日` one date
# range (spaces kept as stored). `2本の事業` 2 本. `2010年3月特別号` is an issue label (no date, earlier sets' `N月号`); the
# heading's `平成22年度予算` and the prose's `平成22 年度` fiscal years. `[1]`, `図1` no mentions.
M = [
    fyr(2, "平成22年度", 2010),
    cnt(8, "2本", 2, "本"),
    fyr(8, "平成22 年度", 2010),
    fyr(10, "平成22年度", 2010),
    amt(10, "60億円", 6000000000, role="budget", fy=2010),
    date(13, "平成22 年1 月25 日(月)~ 2月12 日", "2010-01-25", "2010-02-12"),
]
ROWS = [
    dict(line=10, text="60億円", budget_yen=6000000000, program="イノベーション創出基礎的研究推進事業", fy=2010, role="budget",
         ministry="農林水産省", why="the programme's 平成22年度 budget (概算決定額) under its own heading"),
]
NOT_ROWS: list[dict] = []
