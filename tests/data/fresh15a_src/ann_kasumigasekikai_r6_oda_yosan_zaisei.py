from kinds import amt, date, fyr, pct, trap, traps

DOC = "kasumigasekikai_r6_oda_yosan_zaisei"
# 霞関会's essay by a former ambassador on the 令和6年度 ODA budget. `政府全体のODA予算を5650億円、うち外務省のODA予算を4383億円`
# (`budget`, fy 2024, traps: the government's total of a field (fresh3) and a ministry's ODA total), `それぞれ60億円及び46億円の
# 減額` and `無償資金協力予算とJICA運営費交付金等がそれぞれ72億円及び37億円減額` (changes: `other`, unsigned (`減額` carries the
# sign), fy 2024, traps; the programmes' own budgets are not written: no row). `外務省当初予算は、令和3年度7097億円…令和6年度
# 7417億円` (a ministry's total of four years: `budget`, each the fy written before it (fresh3), traps). `昨年6月` 2023-06
# (the essay on the 令和6年度 budget, written in 2024; NEW, arguable); `0.7%` a percent (a target ratio); `2016年度以降`,
# `2011年度以降` fiscal years at_least; `2022年度`, `2024年度` fiscal years.
B, O = "budget", "other"
R_CH = "a change of a budget against the year before, not a budget"
M = [
    date(5, "6月", "2023-06"), pct(5, "0.7%", 0.7), fyr(5, "令和6年度", 2024),
    trap(amt(5, "5650億円", 565000000000, role=B, fy=2024), "令和6年度 政府全体のODA予算", "the government's ODA budget over every ministry: a total of a field"),
    trap(amt(5, "4383億円", 438300000000, role=B, fy=2024), "令和6年度 外務省のODA予算", "a ministry's ODA total, not one programme's budget"),
    trap(amt(5, "60億円", 6000000000, role=O, fy=2024), "政府全体のODA予算 減額", R_CH),
    trap(amt(5, "46億円", 4600000000, role=O, fy=2024), "外務省のODA予算 減額", R_CH),
    trap(amt(5, "72億円", 7200000000, role=O, fy=2024), "無償資金協力予算 減額", R_CH),
    trap(amt(5, "37億円", 3700000000, role=O, fy=2024), "JICA運営費交付金等 減額", R_CH),
    fyr(5, "2016年度", 2016, None, q=("at_least",)), fyr(5, "2022年度", 2022),
    fyr(5, "2011年度", 2011, None, q=("at_least",)), fyr(5, "2022年度", 2022), fyr(5, "2024年度", 2024),
    fyr(5, "令和6年度", 2024),
    fyr(6, "2016年度", 2016, None, q=("at_least",)),
    fyr(7, "令和6年度", 2024),
    fyr(8, "令和3年度", 2021),
    trap(amt(8, "7097億円", 709700000000, role=B, fy=2021), "外務省当初予算 令和3年度", "a ministry's total budget of a year"),
    fyr(8, "令和4年度", 2022),
    trap(amt(8, "6904億円", 690400000000, role=B, fy=2022), "外務省当初予算 令和4年度", "a ministry's total budget of a year"),
    fyr(8, "令和5年度", 2023),
    trap(amt(8, "7560億円", 756000000000, role=B, fy=2023), "外務省当初予算 令和5年度", "a ministry's total budget of a year"),
    fyr(8, "令和6年度", 2024),
    trap(amt(8, "7417億円", 741700000000, role=B, fy=2024), "外務省当初予算 令和6年度", "a ministry's total budget of a year"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
