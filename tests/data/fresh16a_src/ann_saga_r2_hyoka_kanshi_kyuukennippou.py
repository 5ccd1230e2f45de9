from kinds import amt, cnt, date, fyr, trap, traps

DOC = "saga_r2_hyoka_kanshi_kyuukennippou"
# 佐賀県's 令和2年度 第2回 公共事業評価監視委員会 as 九建日報 (kyuukennippou.co.jp) reports it: 13 re-evaluations, one detailed:
# 晴気川総合流域河川防災事業 `事業費を約51億円増額して79億7200万円とした` (a change and the new whole cost): `other`, fy null,
# traps (fresh12a's 全体事業費; changes `other`). The headline's `51億増額` (no 円 written; the body's `約51億円`): an amount
# (NEW, arguable: `N億` in a headline is yen by the body), no approx (the headline writes no `約`). `令和2年度` a fiscal
# year; `25日` (no month written) a date, year only `2020` (the 令和2年度 committee; fresh7a's first call for a day with
# no month; arguable: it could fall in early 2021); `13事業`, `13件`, `2橋` counts. `4年度`, `17年度` (era-less 令和
# years): no mentions (fresh13's era-less `5年度`). `毎秒100㎥`, `180㎥` flow rates (no kind).
O = "other"
C = "a change of a project's estimated whole cost, not a budget"
M = [
    cnt(1, "13事業", 13, "事業"),
    trap(amt(1, "51億", 5100000000, role=O), "晴気川 事業費 増額 (見出し)", C),
    date(2, "25日", "2020"), fyr(2, "令和2年度", 2020), cnt(2, "13件", 13, "件"), cnt(2, "2橋", 2, "橋"),
    trap(amt(2, "51億円", 5100000000, role=O, q=("approx",)), "晴気川 事業費 増額", C),
    trap(amt(2, "79億7200万円", 7972000000, role=O), "晴気川総合流域河川防災事業 全体事業費",
         "a project's whole cost over its life under re-evaluation, not a year's budget"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
