from kinds import date, fyr

DOC = "tsuruga_r6_tosho_yosan"
# 敦賀市's 令和6年度当初予算 page: two `|` tables whose column headers carry the unit (`令和6年度 当初予算 (千円)`, `令和5年度
# 6月補正後予算 (千円)`, `比較 (千円)`, `増減率 (%)`), the cells bare (`40,287,599`, `△ 809,274`, `△ 2.0`): no mentions, so
# no row and no trap (GUIDE: a header word is not next to the cells; fresh13c's `対前年度比(パーセント)` cells). Mentions: the
# update date, the prose's `令和6年度`, the era column headers of both tables (GUIDE). Not mentions: `6月補正後予算` (a budget's
# name, fresh18c / fresh25a: no date), `皆減`, the cut `下水道事業`.
M = [
    date(1, "2024年3月22日", "2024-03-22"), fyr(2, "令和6年度", 2024),
    fyr(4, "令和6年度", 2024), fyr(5, "令和5年度", 2023),
    fyr(14, "令和6年度", 2024), fyr(15, "令和5年度", 2023),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
