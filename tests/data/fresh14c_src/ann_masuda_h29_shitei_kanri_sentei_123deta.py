from kinds import amt, cnt, trap, traps

DOC = "masuda_h29_shitei_kanri_sentei_123deta"
# 益田市's 選定資料 on the 指定管理者 of 益田川ダム周辺施設 (123deta's copy, its text layer with many characters lost:
# `平成` printed `成`, `円` lost). `.指定管理料の額` / `額 21,089 千 消費税込`: the management fee of the candidate, an amount of
# 21,089,000 (a money line whose `円` is lost, as fresh2's `N億` without 円; NEW, arguable), `other` (a payment for a
# service), fy null, a trap. Dates whose era is lost (`成 29 4 月 1 日`, `成 19 1 月 29 日`, `成 29 2月 7 日`) are no
# mentions (GUIDE: a year without an era is no date); the `5` after the period (its 年 lost) is no mention. `4 名`, `3 名`,
# `7 名` counts of members. `341 番地`, `第 1 回`, list numbers are no mentions.
O = "other"
M = [
    trap(amt(21, "21,089 千", 21089000, role=O), "指定管理料の額 (消費税込)",
         "the management fee paid to the candidate, a contract-like price, not a budget"),
    cnt(24, "4 名", 4, "名"),
    cnt(25, "3 名", 3, "名"), cnt(25, "7 名", 7, "名"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
