from kinds import amt, date, pct, trap, traps

DOC = "kamishihoro_h28_kyoiku_yosan_an"
# 北海道上士幌町's 新年度 (28年度) 予算案 (北海道教育新聞, 2016-03-14) in kanji numerals. fy 2016 (the headline's era-less
# `28年度` fixed by the dateline). `教育費20億` (headline, clipped) and `二十億四千八百万円` the 教育費 total, traps; the
# 生涯学習センター改築事業's `十二億一千八百万円` a row. `構成比は二六・二%` a percent. The `(金額単位・万円)` list holds bare
# numbers under a header unit: no mentions (fresh11a).
B, FY = "budget", 2016
_T = [
    trap(amt(1, "20億", 2000000000, role=B, fy=FY), "教育費 in the headline", "a 款 total (clipped headline)"),
    trap(amt(2, "七十八億二千七百万円", 7827000000, role=B, fy=FY), "一般会計 total", "an account's total, not a programme"),
    trap(amt(2, "二十億四千八百万円", 2048000000, role=B, fy=FY), "教育費 total", "a 款 (the whole education budget)"),
]
M = [date(1, "2016-03-14", "2016-03-14"), date(2, "二月二十九日", "2016-02-29"), pct(2, "二七・八%", 27.8),
     pct(2, "一八八・八%", 188.8), pct(2, "二六・二%", 26.2)]
_R = amt(2, "十二億一千八百万円", 1218000000, role=B, fy=FY)
M += _T + [_R]
ROWS = [dict(line=2, text="十二億一千八百万円", budget_yen=1218000000, fy=FY, program="生涯学習センター改築事業", role=B,
             why="a programme's figure in prose (`…事業に N円を計上`)")]
NOT_ROWS = traps(_T)
