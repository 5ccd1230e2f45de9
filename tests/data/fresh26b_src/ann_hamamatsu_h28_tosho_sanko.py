from kinds import date, fyr

DOC = "hamamatsu_h28_tosho_sanko"
# 浜松市's 平成28年度当初予算案の参考資料 (a PDF's text on expydoc, one line): the cover, the table of contents and the first
# table `会計別予算額調` flattened, its unit written once in the header (`当初予算額 A B 千円 千円 比 較 増減 A-B 率 千円 %`).
# Every money and rate cell is bare (`295,200,000`, `△ 26,000`, `0.10`): no mentions (GUIDE, fresh11a), so no row and no
# trap. Mentions: the cover's `平成 28 年度` (with its spaces) and `平成 28 年 2 月` (a date 2016-02); the table titles'
# and contents' `平成28年度` (fiscal years, GUIDE: not quoted titles); the column headers `平成28年度 平成27年度` (GUIDE: era
# column headers are fiscal years). Not mentions: `③`, list numbers `1`…`15`, `(1)-1`, page numbers in the contents.
M = [
    fyr(1, "平成 28 年度", 2016), date(1, "平成 28 年 2 月", "2016-02"),
    fyr(1, "平成28年度", 2016), fyr(1, "平成28年度", 2016), fyr(1, "平成28年度", 2016),
    fyr(1, "平成28年度", 2016), fyr(1, "平成28年度", 2016), fyr(1, "平成27年度", 2015),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
