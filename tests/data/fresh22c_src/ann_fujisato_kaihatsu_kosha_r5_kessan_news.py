from kinds import amt, dur, trap, traps

DOC = "fujisato_kaihatsu_kosha_r5_kessan_news"
# 北羽新報 (hokuu.co.jp, undated) on 秋田県藤里町's June council: the mayor reports 藤里開発公社's `5年度決算`. Era-less
# `5年度` no mention (fresh4 / fresh10b); the era is not written anywhere, so the amounts' fy is null (arguable: 2023).
# `当期純利益が1103万7千円` and `実質収支の黒字…1784万4千円`: settled results, `other`, traps. `11日`, `14日` and `6月議会`
# have no year on the page: no mentions (fresh19a); `4日間` 4 day.
O = "other"
M = [
    dur(2, "4日間", 4, "day"),
    trap(amt(2, "1103万7千円", 11037000, role=O), "藤里開発公社 5年度決算 当期純利益", "a settled result of the company"),
    trap(amt(2, "1784万4千円", 17844000, role=O), "藤里開発公社 指定管理料を含む実質収支の黒字", "a settled balance"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
