from kinds import amt, cnt, date, dur, trap, traps

DOC = "boj_kumamoto_idaten_hakyu"
# 日本銀行熊本支店's estimate of the economic ripple effect in 熊本県 of the 大河ドラマ「いだてん」 (as 経済効果LOGO-S reports it).
# Every amount is an estimate: role `other`, fy null. The total `102億円` and the museums' share `34 億円程度` (approx) are traps.
# `過去5年間(2013~2017 年)`: a duration of 5 years and a date range; `平均 128 万人`, `目標入館数 42 万人` counts.
O = "other"
M = [
    date(3, "2018年12月14日", "2018-12-14"),
    dur(4, "5年間", 5, "year"),
    date(4, "2013~2017 年", "2013", "2017"),
    cnt(4, "128 万人", 1280000, "人"),
    amt(4, "86億円", 8600000000, role=O),
    amt(4, "16億円", 1600000000, role=O),
    trap(amt(4, "102億円", 10200000000, role=O), "いだてん 経済波及効果 (熊本県内)", "an estimated economic effect"),
    cnt(5, "42 万人", 420000, "人"),
    trap(amt(5, "34 億円", 3400000000, role=O, q=("approx",)), "大河ドラマ館等への来訪による経済効果",
         "an estimated effect (part of the total)"),
    date(6, "2018/12/14", "2018-12-14"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
