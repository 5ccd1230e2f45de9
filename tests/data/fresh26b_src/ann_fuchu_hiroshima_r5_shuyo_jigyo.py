from kinds import amt, date, dur, fyr

DOC = "fuchu_hiroshima_r5_shuyo_jigyo"
# 府中町 (広島県)'s page `令和5年度主要事業一覧`: a table `事業名 | 説明 予算額` flattened one cell a line under its
# pillar headings; the 予算額 cells here carry their own unit (`321万9千円`): amounts, and the one figure the stored text
# keeps (ふれあい収集事業) is a row, `budget` FY2023 from the page's title (GUIDE: the title labels the document). The
# ワクチン接種 item has no figure (cut). Mentions: the breadcrumb's and the title's `令和5年度`, the update date,
# `5月から` a date 2023-05 (GUIDE: `から` gives a point; the page's year), `1年間` 1 year, `令和4年度繰越予算` FY2022,
# `令和6年1月から` 2024-01. Not mentions: `「3つの宣言」` (a quoted name, as fresh24a's `「5か年加速化対策」`; arguable),
# `「5類」` (a category's name), list numbers `1.` … `7.`.
M = [
    fyr(2, "令和5年度", 2023), fyr(2, "令和5年度", 2023), fyr(3, "令和5年度", 2023),
    date(4, "2023年3月30日", "2023-03-30"),
    date(17, "5月", "2023-05"), dur(17, "1年間", 1, "year"), fyr(17, "令和4年度", 2022),
    amt(23, "321万9千円", 3219000, fy=2023),
    date(26, "令和6年1月", "2024-01"),
]
ROWS = [
    dict(line=23, text="321万9千円", budget_yen=3219000, fy=2023, program="ふれあい収集事業", role="budget",
         ministry="府中町", why="a 主要事業一覧 row: the item's name two lines above, its 予算額 cell written with its unit"),
]
NOT_ROWS: list[dict] = []
