from kinds import amt, dur, fyr, trap, traps

DOC = "moriyama_r4_kakeibo_2"
# 滋賀県守山市 (広報もりやま 令和5年12月15日号, `令和4年度決算状況 もりやまの家計簿(2)`): the settlement's main works paid from
# the 都市計画税 (`大門野尻線他道路改良事業 4億9,704万円` …) and the lead-in of its 令和4年度 財務書類. The works are a
# SETTLEMENT's spending: `other`, fy 2022 (the title's 令和4年度決算), traps (fresh20b's 七宗町 `令和元年度に実施した主要事業`:
# spending done, not appropriated; a reader could take them as rows). `12/36` the article's place in the issue (no mention);
# `1年ごと` a duration (1 year). Fiscal years: the title's and the headings' `令和4年度` (four lines).
O = "other"
DONE = "a settled main work's spending (決算), not a budget"
M = [
    fyr(3, "令和4年度", 2022),
    fyr(7, "令和4年度", 2022),
    trap(amt(10, "4億9,704万円", 497040000, role=O, fy=2022), "大門野尻線他道路改良事業 (決算)", DONE),
    trap(amt(11, "5,416万円", 54160000, role=O, fy=2022), "県街路事業負担金 (決算)", DONE),
    trap(amt(12, "1,505万円", 15050000, role=O, fy=2022), "えんまどう公園園路舗装修繕工事 (決算)", DONE),
    trap(amt(13, "6,399万円", 63990000, role=O, fy=2022), "公共下水道整備事業 (決算)", DONE),
    fyr(14, "令和4年度", 2022),
    fyr(15, "令和4年度", 2022),
    fyr(16, "令和4年度", 2022),
    dur(19, "1年", 1, "year"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
