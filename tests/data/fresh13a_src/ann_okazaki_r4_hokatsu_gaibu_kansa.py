from kinds import amt, cnt, date, trap, traps

DOC = "okazaki_r4_hokatsu_gaibu_kansa"
# A local news site's report (fm-egao.jp/tokai, 2023-02-14) of 愛知県岡崎市's 包括外部監査 on grants: counts of findings (`指摘23件`,
# `意見67件`, `9件`), the audit's scope (`市が昨年度に1000万円以上計上した48の補助金等`), one finding with its sum
# (`ハンドクリーム24箱(26万4000円)の購入費`), the audit's span. `1000万円以上`: a threshold over grants budgeted, no one
# programme's budget: `other`, at_least (earlier call: a threshold is other), fy null (`昨年度` relative, no written year
# fixes it: earlier calls give 今年度 / 来年度 no fy), a trap. `26万4000円`: a purchase charged to a grant: `other`, fy null, a
# trap. `13日` 2023-02-13 (the month and year from the address `230214` and the span's end, arguable as earlier sets'
# bare days); `2022年5月31日〜23年2月12日` one date range; `48の補助金等` a count (GUIDE: the counted noun as unit).
O = "other"
t = trap
M = [
    cnt(1, "23件", 23, "件"), cnt(1, "67件", 67, "件"),
    date(3, "13日", "2023-02-13"),
    t(amt(3, "1000万円", 10000000, None, role=O, q=("at_least",)), "監査対象 補助金等の計上額の下限 (昨年度)",
      "a threshold over the grants audited: no programme's budget"),
    cnt(3, "48の補助金等", 48, "補助金等"), cnt(3, "23件", 23, "件"), cnt(3, "67件", 67, "件"),
    cnt(4, "9件", 9, "件"), cnt(5, "9件", 9, "件"),
    cnt(6, "24箱", 24, "箱"),
    t(amt(6, "26万4000円", 264000, role=O), "保育環境改善等事業費補助金 ハンドクリーム購入費",
      "a purchase charged to a grant, found in the audit: no budget"),
    date(8, "2022年5月31日〜23年2月12日", "2022-05-31", "2023-02-12"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
