from kinds import amt, cnt, date, trap, traps

DOC = "kotoura_kouiki_rosen_bus_hojo_chiholog"
# chiholog.net (tottorilog) search page: passages of 鳥取県琴浦町議会's 平成31年第2回定例会 (2019-03-12) on the 広域路線バス運行補助金
# (the town's subsidy to 日ノ丸バス's 倉吉赤碕線). The session is named by its year (`平成31年` a date, fresh14a's `令和 6年`) and
# day (`3月12日`); `第 2回`, `第4日`, `下から4行目` ordinals; `台風24号` a name. A councillor reads `広域路線バス運行補助金、約1,000万`
# (money without 円 in a money sentence: an amount, fresh2/fresh4) off the budget's page: `budget`, approx, fy null, the
# programme's row on its first line (ambiguous: which year's budget the page is, and a question's round figure), the
# repeated passage's copy `budget` with no row. The supplementary's explanation (`実績額の確定に伴う増額予算`): increases are
# `supplementary_budget`, fy null (the page names no fiscal year; the March session's 補正 is 平成30年度's, kept as fy_alt
# 2018): `広域路線バス運行補助金145万円`, `空き家改修補助金100万円`, `移住定住推進奨励金149万円`, `道路維持費175万円` rows; the
# category total `負担金補助及び交付金…394万円` and the part `需用費で、これは25万円` traps. `2件` counts.
S = "supplementary_budget"
M = [
    date(1, "2019-03-12", "2019-03-12"),
    date(1, "平成31年", "2019"),
    date(1, "3月12日", "2019-03-12"),
    amt(2, "1,000万", 10000000, q=("approx",)),
    amt(3, "1,000万", 10000000, q=("approx",)),
    trap(amt(6, "394万円", 3940000, role=S), "負担金補助及び交付金 (増額計)", "a budget category's total increase, not a programme"),
    amt(6, "145万円", 1450000, role=S),
    amt(6, "100万円", 1000000, role=S),
    cnt(6, "2件", 2, "件"),
    amt(6, "149万円", 1490000, role=S),
    cnt(6, "2件", 2, "件"),
    amt(6, "175万円", 1750000, role=S),
    trap(amt(6, "25万円", 250000, role=S), "需用費 (道路維持費の内訳)", "a breakdown of a programme's increase"),
]
_SUP = dict(fy=None, role=S, fy_alt=[2018],
            note="the March 2019 session's supplementary, 平成30年度's by the session; the page names no year")
ROWS = [
    dict(line=2, text="1,000万", fy=None, budget_yen=10000000, program="広域路線バス運行補助金", aliases=["倉吉赤碕線 運行補助"],
         role="budget", ambiguous=True, why="a councillor reads the subsidy's yearly figure off the budget's page",
         note="approx and without 円; which year's budget the page is is not said"),
    dict(line=6, text="145万円", budget_yen=1450000, program="広域路線バス運行補助金 (増額)", aliases=["広域路線バス運行補助金"],
         why="the supplementary's increase of the bus subsidy, agreed with 日ノ丸自動車", **_SUP),
    dict(line=6, text="100万円", budget_yen=1000000, program="空き家改修補助金 (増額)", aliases=["空き家改修補助金"],
         why="the supplementary's increase (2件増分)", **_SUP),
    dict(line=6, text="149万円", budget_yen=1490000, program="移住定住推進奨励金 (増額)", aliases=["移住定住推進奨励金"],
         why="the supplementary's increase (2件増分)", **_SUP),
    dict(line=6, text="175万円", budget_yen=1750000, program="道路維持費 (増額)", aliases=["道路橋梁費 道路維持費"],
         why="the supplementary's increase of road maintenance", **_SUP),
]
NOT_ROWS = traps(M)
