from kinds import amt, cnt, date, dur, fyr, trap, traps

DOC = "kizugawa_h28_suishin_kofukin_shiryo"
# 京都府木津川市's 資料3 for its 平成28年度第1回 まち・ひと・しごと創生総合戦略推進委員会 (2016-07-11): the 地方創生推進交付金's terms
# as the city explains them before its own 事業実施結果 (cut by the length limit), the PDF text one cell a line (expydoc),
# its text layer doubled in places (lines 12/13, 17/18, `2 500万円` then `2,500万円`). The table `交付タイプ・交付限度額`: the
# figures under the header `交付限度額` are caps per project (`1億円`, `2,500万円` ×2 and the garbled `2 500万円`) and their
# `(事業費ベース:…)` caps on the project's cost (`2億円`, `5,000万円` ×2): `support`, at_most, min null (GUIDE: a table whose
# header says 上限 / 交付上限; fresh15b's `N万円を限度に`), fy null (a scheme's standing terms: fresh15b), traps. The doubled
# `2 500万円` (the comma read as a space) is annotated as written, a second mention (NEW, arguable: a reader could drop
# the PDF's duplicate layer, −1). `5か年度以内`, `3か年度以内` ×2 (事業計画期間) durations null..N year, at_most (fresh9a's
# `3か年度`). `平成28年度からの` (twice, the doubled line) a fiscal year, a point (GUIDE: `から` gives a point); the committee's
# title `平成28年度第1回` a fiscal year; `平成28年7月11日` and `平成28年6月17日` dates; `2つの要素` a count of 2 `つ`. `1/2`
# (交付率) a fraction, `資料3`, the page number `1`, list marks (`①`…`④`): no mentions.
S = "support"
C = "a cap per project of the national grant's scheme (交付限度額), not a budget"
B = "a cap on a project's cost (事業費ベース) of the national grant's scheme, not a budget"
M = [
    date(5, "平成28年7月11日", "2016-07-11"),
    fyr(6, "平成28年度", 2016),
    fyr(12, "平成28年度", 2016), fyr(13, "平成28年度", 2016),
    dur(29, "5か年度", None, "year", hi=5, q=("at_most",)),
    trap(amt(30, "1億円", None, hi=100000000, role=S, q=("at_most",)), "先駆タイプ 交付限度額", C),
    trap(amt(31, "2億円", None, hi=200000000, role=S, q=("at_most",)), "先駆タイプ 交付限度額 (事業費ベース)", B),
    cnt(35, "2つ", 2, "つ"),
    dur(36, "3か年度", None, "year", hi=3, q=("at_most",)),
    trap(amt(37, "2,500万円", None, hi=25000000, role=S, q=("at_most",)), "横展開タイプ 交付限度額", C),
    trap(amt(38, "5,000万円", None, hi=50000000, role=S, q=("at_most",)), "横展開タイプ 交付限度額 (事業費ベース)", B),
    dur(42, "3か年度", None, "year", hi=3, q=("at_most",)),
    trap(amt(43, "2 500万円", None, hi=25000000, role=S, q=("at_most",)), "隘路打開タイプ 交付限度額 (the PDF's doubled text)", C),
    trap(amt(44, "2,500万円", None, hi=25000000, role=S, q=("at_most",)), "隘路打開タイプ 交付限度額", C),
    trap(amt(45, "5,000万円", None, hi=50000000, role=S, q=("at_most",)), "隘路打開タイプ 交付限度額 (事業費ベース)", B),
    date(47, "平成28年6月17日", "2016-06-17"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
