from kinds import amt, cnt, date, fyr, pct, trap, traps

DOC = "sakai_h27_senkougata_kekka_houkoku"
# 福井県坂井市's 事業実施結果報告 of its eight projects under the national 地域活性化・地域住民生活等緊急支援交付金 (地方創生先行型),
# the PDF table flattened ONE CELL A LINE (expydoc). The 実績額 cells (`9,499,000`, `1,879,000` … `10,000,000`) stand bare
# under the header `単位:円`: no mentions (GUIDE's bare cells; fresh9b, fresh14d's `(単位:円)` tables; fresh11a's 伊是名村
# 検証シート). A KPI's 指標値 is followed, on the next line, by the 単位 column's cell (`6` / `%`, `150` / `件`, `100,000` /
# `千円`): the figure with its unit right after it is a mention, text the figure, the value the whole (NEW for a
# one-cell-a-line table; fresh12c's つくば市 `83,558,930` / `千円とする。`, fresh9b's 雄武町 `2,363 千円` unit cell). The 実績値
# cells after the 目標月 (`7.3`, `1`, `7`, `150`, `4`, `77,000`, `96,250`, `1`) carry no unit: bare, no mentions (arguable:
# a reader could carry the row's unit to them, +8). `100,000` / `千円` (KPI 地元経済効果 of the B-1グランプリ) a target of an
# economic effect: `other`, fy null, a trap. `H28.3` (目標月, ten times) dotted era dates 2016-03 (GUIDE's dotted dates;
# fresh12a's `H23.1`); `(H27年度)` twice a fiscal year. List numbers (`1 坂井市…`, `①`, `③`), `B-1グランプリ` (a name), `第3子`
# (an ordinal): no mentions.
O = "other"
M = [
    pct(65, "6", 6), date(67, "H28.3", "2016-03"),
    cnt(71, "1", 1, "番組"), date(73, "H28.3", "2016-03"),
    cnt(77, "5", 5, "世帯"), date(79, "H28.3", "2016-03"),
    cnt(83, "150", 150, "件"), date(85, "H28.3", "2016-03"),
    cnt(92, "2", 2, "件"), date(94, "H28.3", "2016-03"),
    cnt(99, "80,000", 80000, "人"), date(101, "H28.3", "2016-03"),
    trap(amt(106, "100,000", 100000000, role=O), "KPI 地元経済効果 (B-1グランプリ開催事業) 目標値",
         "a KPI target of an economic effect, not a budget"),
    date(108, "H28.3", "2016-03"),
    cnt(112, "1", 1, "件"), date(114, "H28.3", "2016-03"),
    fyr(117, "H27年度", 2015), cnt(118, "67,200", 67200, "人"), date(120, "H28.3", "2016-03"),
    fyr(125, "H27年度", 2015), cnt(126, "2", 2, "人"), date(128, "H28.3", "2016-03"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
