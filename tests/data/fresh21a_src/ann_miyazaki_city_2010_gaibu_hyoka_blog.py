from kinds import amt, cnt, date, dur, fyr, trap, traps

DOC = "miyazaki_city_2010_gaibu_hyoka_blog"
# A blog quoting a newspaper on 宮崎市's first 外部評価 (事業仕分け), 2010 (the blog's address: 2010-09-19). `18日` a date of
# the article's month and year (2010-09-18; fresh15b's `6日`, from the address); `今年1月` 2010-01. The one programme's cost
# `事業費約893万円` (宮崎中央地域水田農業活性化センター支援事業): `budget`, approx, fy null — an AMBIGUOUS row (an evaluated
# programme's 事業費, written with no budget word; the scheme took `22年度予算ベース`, so fy_alt 2010). The selection
# threshold `100万円以上` `other`, at_least, fy 2010 (`22年度予算ベース` is its year; audit21a), a trap. Counts of 事業, 人, 名, グループ, 段階; `3日間` 3 day; minutes (`5分間`,
# `25分間`, `5分程度`, `20分`) no mentions (no minute unit); `1事業あたり` a rate marker. Two-digit `11年度`, `22年度` none.
O = "other"
M = [
    date(1, "18日", "2010-09-18"),
    dur(1, "3日間", 3, "day"),
    cnt(1, "21事業", 21, "事業"),
    cnt(1, "16事業", 16, "事業"),
    cnt(1, "4事業", 4, "事業"),
    date(2, "今年1月", "2010-01"),
    fyr(2, "2009年度", 2009),
    cnt(2, "66事業", 66, "事業"),
    cnt(2, "3段階", 3, "段階"),
    cnt(2, "21人", 21, "人"),
    cnt(2, "3グループ", 3, "グループ"),
    amt(3, "893万円", 8930000, role="budget", q=("approx",)),
    fyr(5, "平成21年度", 2009),
    fyr(5, "平成23年度", 2011),
    trap(amt(5, "100万円", 1000000, None, role=O, fy=2010, q=("at_least",)), "外部評価 対象の基準 (直接事業費)",
         "a selection threshold, not a programme's money"),
    cnt(5, "15事業", 15, "事業"),
    cnt(5, "66事業", 66, "事業"),
    cnt(5, "7名", 7, "名"),
]
ROWS = [
    dict(line=3, text="893万円", budget_yen=8930000, fy=None, fy_alt=[2010], role="budget", ambiguous=True,
         program="宮崎中央地域水田農業活性化センター支援事業", aliases=[],
         why="the evaluated programme's 事業費 (the scheme evaluates on a 22年度予算 basis; no budget word on the line)"),
]
NOT_ROWS = traps(M)
