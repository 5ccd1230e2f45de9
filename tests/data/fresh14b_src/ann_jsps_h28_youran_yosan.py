from kinds import amt, date, fyr, trap, traps

DOC = "jsps_h28_youran_yosan"
# 独立行政法人日本学術振興会's 要覧 2016-2017, its 予算 page as pdfslide.tips stores it: the one sentence three times (the
# carrier's summary line 3, `Page 1:` line 12, `Page 2:` line 15): `平成28年度の日本学術振興会(学振)の予算額は、2,663億円
# (関連事業費を含む事業規模は3,096億円)です。このうち、運営費交付金事業費は267億円、国庫補助金は科学研究費補助事業費1,382億円`.
# Rows: the agency's own accounts of the year, `運営費交付金事業費 267億円` and the 国庫補助金 programme
# `科学研究費補助事業費 1,382億円` (budget FY2016), on line 3; the carrier's repeats on lines 12 and 15 are ambiguous rows
# (blind audit: as fresh8a's pdfslide `Page 1:` / `Page 2:` copies and fresh10b's `Page 2:` copy). Traps: the agency's
# whole `予算額 2,663億円` (`budget`, the body's size: fresh7a, fresh13c) and its `事業規模 3,096億円` (`support` since
# the blind audit: the GUIDE's role word for 事業規模, fresh9a's 事業費 beside a 国費 figure), on every line. `© 2016` a
# date (fresh12d's `Copyright 2017`); the edition `2016-2017` (lines 2, 3, 12, 14, 15) no date (GUIDE: edition
# labels); `...6` and `Page 1`, `Page 2` page numbers; the carrier's `70`, `0`, `0` bare.
B, S, FY = "budget", "support", 2016
W = ("the agency's whole budget of the year (予算額)", "the body's size, not a programme")
X = ("the agency's scale of work incl. related programmes (事業規模)", "a scale of work, not a programme's budget")


def whole(line: int) -> list[dict]:
    return [trap(amt(line, "2,663億円", 266300000000, role=B, fy=FY), *W),
            trap(amt(line, "3,096億円", 309600000000, role=S, fy=FY), *X)]


def said(line: int) -> list[dict]:
    return [fyr(line, "平成28年度", FY), *whole(line), amt(line, "267億円", 26700000000, role=B, fy=FY),
            amt(line, "1,382億円", 138200000000, role=B, fy=FY)]


M = [*said(3), *said(12), date(13, "2016", "2016"), *said(15)]
ROWS = [
    dict(line=3, text="267億円", budget_yen=26700000000, fy=FY, program="運営費交付金事業費 (日本学術振興会)", role=B,
         why="`このうち、運営費交付金事業費は267億円`: the agency's grant-funded account of the year"),
    dict(line=3, text="1,382億円", budget_yen=138200000000, fy=FY, program="科学研究費補助事業費 (日本学術振興会)",
         aliases=["科学研究費補助金", "科研費"], role=B,
         why="`国庫補助金は科学研究費補助事業費1,382億円`: the programme's budget of the year in the agency's budget"),
    *[r for ln, page in ((12, "Page 1:"), (15, "Page 2:")) for r in (
        dict(line=ln, text="267億円", budget_yen=26700000000, fy=FY, program="運営費交付金事業費 (日本学術振興会)", role=B,
             why=f"the carrier's `{page}` repeat of line 3", ambiguous=True, note="duplicate of line 3's row"),
        dict(line=ln, text="1,382億円", budget_yen=138200000000, fy=FY, program="科学研究費補助事業費 (日本学術振興会)",
             aliases=["科学研究費補助金", "科研費"], role=B, why=f"the carrier's `{page}` repeat of line 3", ambiguous=True,
             note="duplicate of line 3's row"))],
]
NOT_ROWS = traps(M)
