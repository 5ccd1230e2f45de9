from kinds import amt, date, pct, trap, traps

DOC = "nayoro_h31_kyoiku_yosan_an"
# 北海道名寄市's 三十一年度予算案 (北海道教育新聞, 2019-02-18) in kanji numerals. fy 2019 (era-less `31年度` fixed by the
# dateline). The headline's `3割減` a percent 30, `30億` the 教育費 total clipped (an amount, fresh14c). Two new
# programmes in prose are rows. The list under `(金額単位・万円)` (`▽誕生もち助成=七八` …) holds bare numbers under a header
# unit: no mentions (fresh11a's 浦幌町 `label:value` lists; the GUIDE's bare cells).
B, FY = "budget", 2019
_T = [
    trap(amt(1, "30億", 3000000000, role=B, fy=FY), "教育費 in the headline", "a 款 total (clipped headline)"),
    trap(amt(3, "二百六億八千二百十七万円", 20682170000, role=B, fy=FY), "一般会計 total", "an account's total, not a programme"),
    trap(amt(3, "三十億五千六百三十九万円", 3056390000, role=B, fy=FY), "教育費 total", "a 款 (the whole education budget)"),
]
_P = [(5, "九十七万円", 970000, "中学校生徒対外行事参加奨励金"), (6, "二百八十五万円", 2850000, "名寄市立大学 試験会場設置")]
W = "a new programme's figure in prose (`…に N万円を計上` / `N万円を充てて`) of the 三十一年度予算案"
M = [pct(1, "3割", 30), date(2, "2019-02-18", "2019-02-18"), date(3, "十四日", "2019-02-14"), pct(3, "三・一%", 3.1),
     pct(3, "三〇・一%", 30.1)]
M += _T + [amt(ln, t, v, role=B, fy=FY) for ln, t, v, _ in _P]
ROWS = [dict(line=ln, text=t, budget_yen=v, fy=FY, program=p, role=B, why=W) for ln, t, v, p in _P]
NOT_ROWS = traps(_T)
