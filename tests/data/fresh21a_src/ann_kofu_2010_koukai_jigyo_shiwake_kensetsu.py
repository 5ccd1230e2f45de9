from kinds import amt, cnt

DOC = "kofu_2010_koukai_jigyo_shiwake_kensetsu"
# 山梨建設新聞 (via senmonshi.com) on 甲府市's 公開事業仕分け (the same city as `kofu_jigyo_shiwake_shisatsu_blog`, another
# page and author). `22年度総事業費は344万6000円` (都市計画事務費, judged 不要): the evaluated programme's cost for the year —
# `budget`, fy 2010 (the two-digit `22年度` is no mention but fixes the fy, fresh4 / fresh10b), an AMBIGUOUS row (総事業費 on
# a review sheet may be the budget or the settlement; as 宮崎市's `事業費約893万円` in this set). `3日` no mention: the page
# gives neither month nor year (fresh19a: a day or month with no year of its own resolvable is left out). Counts `約150人`
# approx, `4事業`, `34事業`, `3事業`.
M = [
    cnt(1, "150人", 150, "人", q=("approx",)),
    cnt(2, "4事業", 4, "事業"),
    amt(3, "344万6000円", 3446000, role="budget", fy=2010),
    cnt(5, "34事業", 34, "事業"),
    cnt(5, "3事業", 3, "事業"),
]
ROWS = [
    dict(line=3, text="344万6000円", budget_yen=3446000, fy=2010, role="budget", ambiguous=True,
         program="都市計画事務費", aliases=["都市計画事務費 (資金貸付)"],
         why="the programme's 22年度総事業費 as shown at the review (budget or settlement not said)"),
]
NOT_ROWS: list[dict] = []
