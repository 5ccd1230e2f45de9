from kinds import amt, cnt, date, fyr, trap, traps

DOC = "fujikawa_town_r6_chosai_misyokan"
# 山梨県富士川町's 広報ふじかわ item (令和6年12月号, mykoho): the 町債 not yet repaid at the end of September of 令和6年度,
# `91億6,340万2千円`, and the 7大事業 whose repayment starts in 令和7年度. The balance is `other`, fy 2024, a trap.
# `令和6年度9月末` is a fiscal year and a month (2024-09: a month of 令和6年度 from April on, `末` dropped from the text);
# `7大事業` a count of 7 事業 (twice); the tables' header units (`(単位:円)`, `(千円)`) carry no figures in the stored text.
O = "other"
M = [
    fyr(1, "令和6年度", 2024), date(1, "9月", "2024-09"),
    trap(amt(1, "91億6,340万2千円", 9163402000, role=O, fy=2024),
         "町債未償還額 (令和6年度9月末)", "the town's outstanding debt, not an appropriation"),
    cnt(1, "7大事業", 7, "事業"),
    fyr(2, "令和7年度", 2025),
    cnt(2, "7大事業", 7, "事業"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
