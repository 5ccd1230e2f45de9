from kinds import amt, cnt, date, fyr, trap, traps

DOC = "yurihama_r5_choei_jutaku_pfi_chiholog"
# 鳥取県湯梨浜町議会 as chiholog.net's search page holds it: the head names the 2023-01-30 臨時会, then hits from several
# sittings: the bill for a changed PFI contract (町営住宅 建替, 議決 under PFI法第12条; the same hit twice, each copy annotated)
# and a question and answer on the 松崎地区 町営3団地 PFI. `令和 5年第 1回臨時会` a session named by its year, a date 2023
# (fresh14c: a session named by its year); `第 1回`, `第 1日` ordinals. `同年10月21日` takes 令和3年 (2021). `事業費は
# 4億4,503万9,000円で、…そのほとんどを委託料として計上`: the PFI project's cost (a contract run over several years, as the
# answer goes on `令和3年度では…`), `other`, fy null, a trap (fresh16a: a project's cost over years is no row; arguable: a
# reader could read it as the project's budget of 令和3年度, `budget` fy 2021 — still no row, the year is not tied to it).
# `3団地` a count of 団地. `第12` (the law's article, cut at the end of the hit) no mention.
M = [
    date(1, "2023-01-30", "2023-01-30"), date(1, "令和 5年", "2023"), date(1, "1月30日", "2023-01-30"),
    date(2, "令和3年8月27日", "2021-08-27"), date(2, "10月21日", "2021-10-21"), date(2, "令和5年1月17日", "2023-01-17"),
    date(3, "令和3年8月27日", "2021-08-27"), date(3, "10月21日", "2021-10-21"), date(3, "令和5年1月17日", "2023-01-17"),
    cnt(5, "3団地", 3, "団地"),
    trap(amt(5, "4億4,503万9,000円", 445039000, role="other"), "松崎地区町営住宅 PFI 事業費",
         "the cost of a PFI project let as one contract over several years, not a year's budget"),
    fyr(5, "令和3年度", 2021),
    date(6, "令和3年8月27日", "2021-08-27"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
