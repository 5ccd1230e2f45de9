from kinds import amt, cnt, date, dur

DOC = "swot_nedo_venture_koubo"
# A consultant's blog note (early 2013) on NEDO's call `イノベーション実用化ベンチャー支援事業` (funded by the
# 平成24年度補正予算, which the text does not name): the grant per project `1千万円以上5億円以下` (a closed range,
# support) and the project size `1,500万円~7億5千万円` (事業規模: support) have fy null; the call's `予算規模が100億円`
# is the programme's budget, fy null (rows fy_alt [2012]). `2/3以内` is a rate (no mention). Year-less dates take the
# call's year 2013: `5月中旬~下旬` → 2013-05; `来年の2月20日` → 2014-02-20 (the end of a `から…まで` span: a point);
# `3月21日までとなって` → null..2013-03-21, at_most. `概ね3~5年以内` → 3..5 year, approx (以内 closing a range adds
# nothing, as `まで`); `1社` a count; `2週間程度` approx.
S = "support"
M = [
    dur(5, "3~5年", 3, "year", 5, q=("approx",)),
    cnt(7, "1社", 1, "社"),
    date(10, "5月", "2013-05"),
    date(10, "2月20日", "2014-02-20"),
    amt(11, "1千万円以上5億円", 10000000, 500000000, role=S),
    amt(12, "1,500万円~7億5千万円", 15000000, 750000000, role=S),
    amt(14, "100億円", 10000000000),
    date(19, "3月21日", None, "2013-03-21", q=("at_most",)),
    dur(21, "2週間", 2, "week", q=("approx",)),
]
ROWS = [
    dict(line=14, text="100億円", budget_yen=10000000000, fy=None, fy_alt=[2012],
         program="イノベーション実用化ベンチャー支援事業", aliases=["NEDO イノベーション実用化ベンチャー支援事業"],
         role="budget", why="the call's programme budget (`予算規模が100億円`)", ambiguous=True,
         note="a budget size quoted in a note on a call; the 平成24年度補正予算 behind it is not named in the text"),
]
NOT_ROWS = [
    dict(line=11, text="1千万円以上5億円", value_yen=500000000, fy=None, mention_role=S, what="助成金額 (1件)",
         reason="grant size per project, not a budget"),
    dict(line=12, text="1,500万円~7億5千万円", value_yen=750000000, fy=None, mention_role=S, what="事業規模",
         reason="project size eligible for the grant"),
]
