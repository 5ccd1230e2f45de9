from kinds import fyr

DOC = "zaisei_keikaku_h21_23"
# A city's `一般会計年度別財政計画表` (happylibus transcript, the issuer not named in the stored text; `市税`, `市債`) for
# 平成21-23年度: revenue and expenditure tables under `(単位:千円、%)`, every cell bare (`5,800,000 △5.2`), no mention, so
# no row and no trap (GUIDE). Mentions: the era column headers (GUIDE), three per table (`平成21年度`, `平成22年度`,
# `平成23年度`) and the note `(平成21年度の対前年比は平成20年度当初予算との比較)`. Not mentions: `36 KB` (a file size), the
# carrier's `Comments` lines, list numbers, `- 12-1 -` (a page label), the cut `1,293,`.
M = [
    fyr(5, "平成21年度", 2009), fyr(5, "平成22年度", 2010), fyr(5, "平成23年度", 2011),
    fyr(5, "平成21年度", 2009), fyr(5, "平成20年度", 2008),
    fyr(5, "平成21年度", 2009), fyr(5, "平成22年度", 2010), fyr(5, "平成23年度", 2011),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
