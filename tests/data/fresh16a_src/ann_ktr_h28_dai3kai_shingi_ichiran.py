from kinds import cnt, dur, fyr

DOC = "ktr_h28_dai3kai_shingi_ichiran"
# 関東地方整備局's list of the cases of its 平成28年度 第3回 事業評価監視委員会 (資料1, expydoc), a table one cell a line: for
# each of seven projects the 事業採択年度 and 前回評価年度 as era abbreviations (`H18`, `S48`, `H10`, `S61`, `H21`, `H17`,
# `S53`; `H25` seven times): fiscal years, one mention each (GUIDE's `H29`, `R3` and its era-labelled cells). The spaced
# cover `平 成 2 8 年 度` a fiscal year (text as written, fresh12a's spaced date); `平成28年度` in the title a fiscal year.
# `2件`, `1件`, `4件` (審議件数) counts; `3年間`, `5年間`, `3年間`, `3年間` (the re-evaluation reasons) durations. The list
# numbers (`1 一般国道4号` … `7 東京湾…`), `資 料 1`, `1`, `第 3 回`, `①` … `⑤`, `(a)` … `(f)` and road numbers
# (`一般国道4号`, `50号`) no mentions. No amount is written (the B/C column's cells are cut off): no row, no trap.
M = [
    fyr(5, "平 成 2 8 年 度", 2016),
    fyr(14, "平成28年度", 2016),
    fyr(36, "H18", 2006), fyr(37, "H25", 2013),
    fyr(44, "S48", 1973), fyr(45, "H25", 2013),
    fyr(49, "H10", 1998), fyr(50, "H25", 2013),
    fyr(54, "S61", 1986), fyr(55, "H25", 2013),
    fyr(59, "H21", 2009), fyr(60, "H25", 2013),
    fyr(64, "H17", 2005), fyr(65, "H25", 2013),
    fyr(69, "S53", 1978), fyr(70, "H25", 2013),
    cnt(79, "2件", 2, "件"), cnt(80, "1件", 1, "件"), cnt(81, "4件", 4, "件"),
    dur(82, "3年間", 3, "year"), dur(85, "5年間", 5, "year"), dur(87, "3年間", 3, "year"), dur(89, "3年間", 3, "year"),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
