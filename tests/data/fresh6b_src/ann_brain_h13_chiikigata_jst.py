from kinds import amt, cnt, fyr

DOC = "brain_h13_chiikigata_jst"
# JST's survey page on a programme of 農業・生物系特定産業技術研究機構 (a 事業概要 sheet flattened to lines: 開始年,
# 予算 by year, 採択件数, 1件当り事業規模). `開始年平成13〜14年度` is one fiscal-year range; the era-less `13年度`,
# `14年度`, `15年度` are no fiscal_year mentions (GUIDE) but the range above fixes their era: the programme's
# budget `3億5,000万円` is fy 2001 and `6億8,300万円` fy 2002 (rows: the programme's budget of each year). The
# per-project scale `6,000万円程度/年` is support (GUIDE: 事業規模), per year, approx, fy null (one merged cell for
# both years), a trap. `6件`, `4件`, `49件` (twice) are counts. Not mentions: `所管官庁13.` (a list number), `2年目`
# (an ordinal of time), `A129大学` (a mis-encoded separator before 大学 in the stored text, as `@`, `A`, `B` are
# mis-encoded circled numbers: no count of universities is meant).
B = "budget"
P = "新事業創出研究開発事業(地域型)"
M = [
    fyr(4, "平成13〜14年度", 2001, 2002),
    amt(5, "3億5,000万円", 350000000, fy=2001),
    cnt(6, "6件", 6, "件"), cnt(6, "49件", 49, "件"),
    amt(9, "6,000万円", 60000000, role="support", q=("approx",), per="year"),
    amt(11, "6億8,300万円", 683000000, fy=2002), cnt(11, "4件", 4, "件"), cnt(11, "49件", 49, "件"),
]
ROWS = [
    dict(line=5, text="3億5,000万円", budget_yen=350000000, fy=2001, program=P, aliases=["新事業創出研究開発事業"], role=B,
         why="the programme's 予算 of `13年度` (era fixed by `平成13〜14年度`)"),
    dict(line=11, text="6億8,300万円", budget_yen=683000000, fy=2002, program=P, aliases=["新事業創出研究開発事業"], role=B,
         why="the programme's 予算 of `14年度` (era fixed by `平成13〜14年度`)"),
]
NOT_ROWS = [
    dict(line=9, text="6,000万円", value_yen=60000000, fy=None, mention_role="support", what="1件当り事業規模 (per year)",
         reason="per-project scale of a grant, not an appropriation"),
]
