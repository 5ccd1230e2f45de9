from kinds import cnt, date

DOC = "gyokuto_h27_senkougata_kekka_houkoku"
# 熊本県玉東町's 様式2 事業実施結果報告 (地方創生先行型), the PDF table flattened one cell a line (expydoc), as 坂井市's: the 実績額
# `2,673,000` stands bare under `単位:円` (no mention; GUIDE's bare cells); each KPI 指標値 followed on the next line by its
# 単位 cell is a count, text the figure (`2` / `件`, `3` / `人`, `1` / `人`, `9,000` / `個`, `3` / `人`, `1` / `世帯`; the
# set's call for a unit cell right after the figure); the 実績値 cells `11` and `1` bare (no unit). `H28.3` (目標年月, six
# times) dotted era dates 2016-03. `(5桁)` (the 市町村コード's digits) a count of 5 `桁` (fresh16c's blog `数字4桁`). The code
# `43364`, the telephone number, `指標①`, list numbers, `第3子` (an ordinal): no mentions. No amount.
M = [
    cnt(9, "5桁", 5, "桁"),
    cnt(67, "2", 2, "件"), date(69, "H28.3", "2016-03"),
    cnt(72, "3", 3, "人"), date(74, "H28.3", "2016-03"),
    cnt(77, "1", 1, "人"), date(79, "H28.3", "2016-03"),
    cnt(81, "9,000", 9000, "個"), date(83, "H28.3", "2016-03"),
    cnt(85, "3", 3, "人"), date(87, "H28.3", "2016-03"),
    cnt(104, "1", 1, "世帯"), date(106, "H28.3", "2016-03"),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
