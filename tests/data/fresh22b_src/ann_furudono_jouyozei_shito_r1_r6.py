from kinds import amt, cnt, fyr, pct, trap, traps

DOC = "furudono_jouyozei_shito_r1_r6"
# 古殿町 (福島県)'s page: the transfer received each year `・令和N年度 NN,NNN千円` (revenues: `other`, the line's fy, traps),
# the 令和6年度 figure marked `(予定)` (an expected transfer, still a revenue, not a budget: `other`, fy 2024, no
# qualifier: fresh16a's `(予定)`, a trap), then the 令和5年度 uses: `金額:144千円` and `金額:18,569千円` (settled uses of
# FY2023: `other`, fy 2023 from the label `令和5年度`, traps; fresh17c) with `充当額100%` (percents); results `163人`,
# `38人` counts; areas (`300.09ha`, `31.22 ha` …), lengths, volumes and tonnes no mentions (physical units). The law's
# article numbers (`第34条3項`, `第二百三十三条第三項`) no mentions. The page is cut by the corpus (`・林`).
O = "other"
T = "the year's transfer received (a revenue), not a programme's budget"
U = "a settled use of the FY2023 transfer on one measure, not a budget"
M = [
    fyr(3, "令和元年度", 2019),
    fyr(10, "令和元年度", 2019),
    trap(amt(10, "11,907千円", 11907000, role=O, fy=2019), "古殿町への交付額 令和元年度", T),
    fyr(11, "令和2年度", 2020),
    trap(amt(11, "25,304千円", 25304000, role=O, fy=2020), "古殿町への交付額 令和2年度", T),
    fyr(12, "令和3年度", 2021),
    trap(amt(12, "25,277千円", 25277000, role=O, fy=2021), "古殿町への交付額 令和3年度", T),
    fyr(13, "令和4年度", 2022),
    trap(amt(13, "33,326千円", 33326000, role=O, fy=2022), "古殿町への交付額 令和4年度", T),
    fyr(14, "令和5年度", 2023),
    trap(amt(14, "33,326千円", 33326000, role=O, fy=2023), "古殿町への交付額 令和5年度", T),
    fyr(15, "令和6年度", 2024),
    trap(amt(15, "46,466千円", 46466000, role=O, fy=2024), "古殿町への交付額 令和6年度 (予定)",
         "the transfer expected for the year (a revenue forecast), not a programme's budget"),
    fyr(17, "令和5年度", 2023),
    trap(amt(20, "144千円", 144000, role=O, fy=2023), "森林経営管理意向調査事業 金額", U),
    pct(20, "100%", 100),
    cnt(21, "163人", 163, "人"),
    cnt(21, "38人", 38, "人"),
    trap(amt(24, "18,569千円", 18569000, role=O, fy=2023), "千年の森育成事業 金額", U),
    pct(24, "100%", 100),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
