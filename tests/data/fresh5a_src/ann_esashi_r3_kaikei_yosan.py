from kinds import cnt, date, fyr, pct

DOC = "esashi_r3_kaikei_yosan"
# 江差町 (北海道), 町政 page: the 各会計予算 table of R3年度 against R2年度 flattened as `|` rows (its unit, 千円, is
# written nowhere above the cells), two small `金額(千円)` tables, then the town's sidebar (area, population, households,
# `令和7年9月末現在`). Every money cell is a bare number: no amount at all (GUIDE: bare numbers in tables; fresh3:
# unit-less cells under a unit header). The era-abbreviated column headers `R3年度`, `R2年度` are fiscal years (GUIDE);
# the growth column's cells carry `%` and are percents, `▲` a minus sign; `1,204.42%` passes 100 (GUIDE). The link label
# `令和4年度各会計予算` keeps its fiscal year (fresh4). The sidebar's population and household figures and their signed
# monthly changes `(-12人)`, `(0人)` are counts; `109.53km2` is a physical unit (no mention); `社会保障4経費` a count of
# 4 経費 (the four classes).
M = [
    fyr(1, "R3年度", 2021), fyr(1, "R2年度", 2020),
    pct(3, "6.94%", 6.94), pct(4, "▲0.83%", -0.83), pct(5, "2.99%", 2.99), pct(6, "10.92%", 10.92),
    pct(7, "▲3.50%", -3.5), pct(8, "1,204.42%", 1204.42), pct(9, "▲16.41%", -16.41), pct(10, "▲0.77%", -0.77),
    cnt(14, "4経費", 4, "経費"),
    fyr(21, "令和4年度", 2022),
    cnt(25, "6,437人", 6437, "人"), cnt(26, "-12人", -12, "人"),
    cnt(28, "3,104人", 3104, "人"), cnt(29, "0人", 0, "人"),
    cnt(31, "3,333人", 3333, "人"), cnt(32, "-12人", -12, "人"),
    cnt(34, "3,942世帯", 3942, "世帯"), cnt(35, "-4世帯", -4, "世帯"),
    date(36, "令和7年9月", "2025-09"),
]
ROWS = []
NOT_ROWS = []
