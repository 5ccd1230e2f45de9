from kinds import amt, date, dur, fyr, trap, traps

DOC = "annaka_tainou_shobun_r1_r5"
# 群馬県安中市's page on 滞納処分: the seizures of five years by property (bare cells, no mentions: `預貯金 648` …, the
# totals `790 557 460 455 411`) and `換価による税収` with its own `円` in each cell under the 令和元年度 … 令和5年度 header:
# `other` (money realised from seized property: a result), fy 2019 … 2023 from the columns, traps. `過去5年度` a
# duration of five years (as `過去5年間`); the appeal periods `3ヶ月以内`, `6ヶ月以内` durations at_most; the page's
# update date a date; `ページID:0001501` no mention.
O = "other"
RES = "tax realised from seized property (換価による税収): a result, not a budget"
M = [
    date(5, "2024年5月23日", "2024-05-23"),
    dur(13, "5年度", 5, "year"),
    fyr(14, "令和元年度", 2019),
    fyr(14, "令和2年度", 2020),
    fyr(14, "令和3年度", 2021),
    fyr(14, "令和4年度", 2022),
    fyr(14, "令和5年度", 2023),
    trap(amt(26, "41,143,737円", 41143737, role=O, fy=2019), "換価による税収 令和元年度", RES),
    trap(amt(26, "28,867,746円", 28867746, role=O, fy=2020), "換価による税収 令和2年度", RES),
    trap(amt(26, "26,499,466円", 26499466, role=O, fy=2021), "換価による税収 令和3年度", RES),
    trap(amt(26, "28,646,879円", 28646879, role=O, fy=2022), "換価による税収 令和4年度", RES),
    trap(amt(26, "29,635,678円", 29635678, role=O, fy=2023), "換価による税収 令和5年度", RES),
    dur(28, "3ヶ月以内", None, "month", hi=3, q=("at_most",)),
    dur(28, "6ヶ月以内", None, "month", hi=6, q=("at_most",)),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
