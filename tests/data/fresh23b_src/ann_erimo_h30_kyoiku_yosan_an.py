from kinds import amt, date, pct, trap, traps

DOC = "erimo_h30_kyoiku_yosan_an"
# 北海道えりも町's 三十年度予算案 (北海道教育新聞, 2018-03-14) in kanji numerals: the two totals in prose, then every 目 of the
# 教育費 under `(金額単位・万円)` as bare numbers (`▽教育委員会費=二四〇`): no mentions (fresh11a's header-unit lists), so
# the page has no row. fy 2018 (era-less `30年度` fixed by the dateline). `学校給食費の二分の一補助` a fraction (no
# mention). The teaser of 上砂川町 (cut): `一日` → 2018-03-01, `四月の町長選挙` → 2018-04 (a year-less month takes the
# deck's year).
B, FY = "budget", 2018
_T = [
    trap(amt(2, "五十億円", 5000000000, role=B, fy=FY), "一般会計 total", "an account's total, not a programme"),
    trap(amt(2, "六億四千百十五万円", 641150000, role=B, fy=FY), "教育費 total", "a 款 (the whole education budget)"),
]
M = [date(1, "2018-03-14", "2018-03-14"), date(2, "二日", "2018-03-02"), pct(2, "一・六%", 1.6), pct(2, "五・一%", 5.1),
     date(34, "2018-03-14", "2018-03-14"), date(37, "一日", "2018-03-01"), date(37, "四月", "2018-04")]
M += _T
ROWS: list[dict] = []
NOT_ROWS = traps(_T)
