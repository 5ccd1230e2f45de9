from kinds import amt, cnt, date, fyr, trap, traps

DOC = "sumita_jouyozei_shito_r1_r4"
# 住田町 (岩手県)'s page `年度ごとの譲与額とその使途`: each year's transfer a bare cell under the header `譲与額(千円)`
# (`令和元年度 13,764`: no mention, GUIDE's bare cells; fresh17c's 横瀬町), then the measures with the money put to each
# in brackets `(13,200千円)`: settled uses of that year (`other`, the heading year's fy, traps; fresh17c). One of them is
# a town housing project (`町営住宅整備事業(24,251千円)`, wood use), still a use. Results: `17路線`, `1,960本`, `2台`,
# `9路線`, `10橋`, `3か所` counts; areas (`8.07ha` …) and lengths (`1,280m`, `746m`) no mentions. The image names
# `市町村取組事例(R2).jpg`, `(R4).jpg` no mentions (audit: a file's name, as the set's PDF-link titles and the GUIDE's
# years inside titles and names).
# `2023年9月22日` the page's date; `平成31年4月1日` the law's start; `第34条` no mention.
O = "other"


def use(line: int, text: str, yen: int, fy: int, what: str) -> dict:
    return trap(amt(line, text, yen, role=O, fy=fy), what, "a settled use of the year's transfer on one measure, not a budget")


M = [
    date(2, "2023年9月22日", "2023-09-22"),
    date(4, "平成31年4月1日", "2019-04-01"),
    fyr(4, "令和元年度", 2019),
    fyr(8, "令和元年度", 2019),
    use(9, "13,200千円", 13200000, 2019, "森林資源解析業務委託事業 (令和元年度)"),
    use(10, "546千円", 546000, 2019, "森林所有者意向調査業務委託事業 (令和元年度)"),
    fyr(11, "令和2年度", 2020),
    use(12, "2,319千円", 2319000, 2020, "森林所有者意向調査業務委託事業 (令和2年度)"),
    use(13, "2,640千円", 2640000, 2020, "林地台帳システム更新業務委託事業 (令和2年度)"),
    use(14, "24,251千円", 24251000, 2020, "町営住宅整備事業 (令和2年度)"),
    fyr(16, "令和3年度", 2021),
    use(17, "23,034千円", 23034000, 2021, "森林資源解析業務委託事業 (令和3年度)"),
    use(18, "3,982千円", 3982000, 2021, "森林所有者意向調査業務委託事業 (令和3年度)"),
    use(19, "2,051千円", 2051000, 2021, "林道維持修繕事業 (令和3年度)"),
    cnt(20, "17路線", 17, "路線"),
    fyr(21, "令和4年度", 2022),
    use(22, "28,292千円", 28292000, 2022, "森林経営管理制度事業 (令和4年度)"),
    use(24, "896千円", 896000, 2022, "林業振興対策事業 (令和4年度)"),
    use(26, "5,398千円", 5398000, 2022, "FSCの森整備事業 (令和4年度)"),
    cnt(28, "1,960本", 1960, "本"),
    use(29, "200千円", 200000, 2022, "木質バイオマスエネルギー導入推進事業 (令和4年度)"),
    cnt(30, "2台", 2, "台"),
    use(31, "769千円", 769000, 2022, "種山ヶ原森林公園管理事業 (令和4年度)"),
    use(32, "4,499千円", 4499000, 2022, "林道等維持修繕事業 (令和4年度)"),
    cnt(33, "9路線", 9, "路線"),
    cnt(33, "10橋", 10, "橋"),
    cnt(33, "3か所", 3, "か所"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
