from kinds import amt, cnt, date, fyr

DOC = "ageo_r3_shakai_fukushi_kifu"
# 埼玉県上尾市's news of its 令和3年度 ceremony thanking the donors of 令和2年度: donations received `合計15件で154万1,888円`
# (`other`, FY2020, GUIDE: donations) and the fund's grants paid out `18団体に合計168万円を助成` (`support`, FY2020: a total of
# grants to recipients, a past result), both traps. The title line's `令和3年度` is a fiscal_year mention; the same words
# inside the quoted event name `「令和3年度社会福祉指定寄附者感謝状贈呈式」` (line 4) are not (GUIDE: years inside quoted
# titles). `今年度` is relative (no mention); `3つの団体` a count of つ; `11月15日` takes the page's year 2021.
O, SU = "other", "support"
M = [
    fyr(1, "令和3年度", 2021),
    date(2, "2021年11月17日", "2021-11-17"),
    date(4, "11月15日", "2021-11-15"), fyr(4, "令和2年度", 2020),
    fyr(6, "令和2年度", 2020), cnt(6, "15件", 15, "件"), amt(6, "154万1,888円", 1541888, role=O, fy=2020),
    fyr(8, "令和2年度", 2020), cnt(8, "18団体", 18, "団体"), amt(8, "168万円", 1680000, role=SU, fy=2020),
    cnt(10, "3つ", 3, "つ"),
]
ROWS: list[dict] = []
NOT_ROWS = [
    dict(line=6, text="154万1,888円", value_yen=1541888, fy=2020, mention_role=O, what="令和2年度 社会福祉指定寄附 合計15件",
         reason="donations received (other)"),
    dict(line=8, text="168万円", value_yen=1680000, fy=2020, mention_role=SU, what="令和2年度 福祉団体18団体への助成 合計",
         reason="a past total of grants paid to recipients (support), no budget"),
]
