from kinds import amt, cnt, date, dur, fyr

DOC = "hokkaido_pref_r2_4teirei_honkaigi_gaiyo"
# 北海道議会's own summary of its 第4回定例会 (令和2年, one stored line of a .txt on the assembly's site): the session's
# calendar and what it passed. `総額848億980万円余の令和2年度補正予算を可決` (the session's supplementaries in all),
# `総額835億6,100万円余の令和2年度補正予算案` (the bills put at the opening) and `総額6億2,440万円の令和2年度補正予算案1件`
# (a bill added later) are supplementaries' totals: supplementary_budget FY2020, traps. `余` after a figure is at_least,
# min the figure, max null (fresh11b call 12, fresh2's あまり). Dates take the session's year 2020 (`令和2年度` and
# 令和2年's 第4回定例会): `11月25日`; `会期を12月11日までの17日間` null..2020-12-11 at_most (GUIDE: a lone まで) and a
# duration of 17 days; `XからYまで` two points each (`11月26日から11月27日まで`, `12月3日から12月4日まで`,
# `12月7日から12月10日まで`); `11月30日から`, `12月4日から` points; `12月2日` twice. Counts: `36件`, `1件`, `2分科会`
# (the counted noun, GUIDE). `令和元年度` a fiscal year (the settlement). `第4回`, `①` … `③`, bill and report numbers
# (`議案第14号ないし第17号`, `報告第2号` …, `請願第12号`) no mentions.
S, FY, AL = "supplementary_budget", 2020, ("at_least",)
M = [
    amt(1, "848億980万円", 84809800000, None, role=S, fy=FY, q=AL), fyr(1, "令和2年度", FY), fyr(1, "令和2年度", FY),
    date(1, "11月25日", "2020-11-25"), date(1, "12月11日", None, "2020-12-11", q=("at_most",)), dur(1, "17日間", 17, "day"),
    amt(1, "835億6,100万円", 83561000000, None, role=S, fy=FY, q=AL), fyr(1, "令和2年度", FY), cnt(1, "36件", 36, "件"),
    fyr(1, "令和元年度", 2019),
    date(1, "11月26日", "2020-11-26"), date(1, "11月27日", "2020-11-27"), date(1, "11月30日", "2020-11-30"),
    date(1, "12月2日", "2020-12-02"), amt(1, "6億2,440万円", 624400000, role=S, fy=FY), fyr(1, "令和2年度", FY),
    cnt(1, "1件", 1, "件"),
    date(1, "12月3日", "2020-12-03"), date(1, "12月4日", "2020-12-04"), date(1, "12月7日", "2020-12-07"),
    date(1, "12月10日", "2020-12-10"), date(1, "12月2日", "2020-12-02"), cnt(1, "2分科会", 2, "分科会"),
    date(1, "12月4日", "2020-12-04"),
]
ROWS: list[dict] = []
NOT_ROWS = [
    dict(line=1, text="848億980万円", value_yen=84809800000, fy=FY, mention_role=S, what="第4回定例会で可決した令和2年度補正予算の総額",
         reason="the session's supplementaries in all"),
    dict(line=1, text="835億6,100万円", value_yen=83561000000, fy=FY, mention_role=S, what="上程された令和2年度補正予算案の総額",
         reason="a supplementary's total over all its items"),
    dict(line=1, text="6億2,440万円", value_yen=624400000, fy=FY, mention_role=S, what="追加提案された令和2年度補正予算案1件の総額",
         reason="a supplementary's total (its items are not named)"),
]
