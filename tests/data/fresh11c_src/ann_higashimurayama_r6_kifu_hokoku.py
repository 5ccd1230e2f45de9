from kinds import amt, cnt, dur, fyr

DOC = "higashimurayama_r6_kifu_hokoku"
# 東京都東村山市's report (市報, mykoho) of the DONATIONS received in 令和6年度: `一般寄付31件52,861,453円`, `がんばれ東村山
# (ふるさと納税)寄付805件21,675,000円`, `計74,536,453円`: each `other` FY2024 (GUIDE: donations; the sentence's 令和6年度),
# traps. The tables 表1 / 表2 are not in the stored text. `令和4・5年度` is read as one fiscal_year mention 2022..2023 (two
# consecutive years joined by `・`; arguable: a reader could see two points), `3か年度分` a duration of 3 years.
O = "other"
M = [
    fyr(1, "令和6年度", 2024), fyr(2, "令和6年度", 2024),
    fyr(3, "令和6年度", 2024), cnt(3, "31件", 31, "件"), amt(3, "52,861,453円", 52861453, role=O, fy=2024),
    cnt(3, "805件", 805, "件"), amt(3, "21,675,000円", 21675000, role=O, fy=2024),
    amt(3, "74,536,453円", 74536453, role=O, fy=2024),
    fyr(10, "令和6年度", 2024), fyr(10, "令和4・5年度", 2022, 2023), dur(10, "3か年度", 3, "year"),
]
ROWS: list[dict] = []
R = "donations received (other), no budget"
NOT_ROWS = [
    dict(line=3, text="52,861,453円", value_yen=52861453, fy=2024, mention_role=O, what="令和6年度 一般寄付 31件", reason=R),
    dict(line=3, text="21,675,000円", value_yen=21675000, fy=2024, mention_role=O, what="令和6年度 ふるさと納税寄付 805件",
         reason=R),
    dict(line=3, text="74,536,453円", value_yen=74536453, fy=2024, mention_role=O, what="令和6年度 寄付 計", reason=R),
]
