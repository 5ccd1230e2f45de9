from kinds import amt, date, fyr

DOC = "esn_jeas_h27_senteki_koubo2"
# News (energy-saving-news.jp) of 公益財団法人日本環境協会's second call, as 環境省's executing body, for two menus (第3号,
# 第4号) of 平成27年度 先導的「低炭素・循環・自然共生」地域創出事業. `予算約4億円` (a subheading) and `予算は約4億円` (prose)
# are the budget of this call: `budget`, fy 2015 (the 補助金's 平成27年度 on line 2, the label it sits under), approx.
# ONE row, on the first (dev10c: a figure written twice gives one row; the repeat is neither row nor trap), AMBIGUOUS:
# it is the money of one call for two menus, a part of the 補助金's budget (NEW for this shape; a reader could call it
# `other`, a part). `補助上限はなく` states no cap: no figure. Rates `2分の1`, `3分の2` fractions; `第3号`, `第4号`, `第2回`
# ordinals; `CO2`, the URL no mentions; `17:30` a clock time.
B = "budget"
M = [
    fyr(2, "平成27年度", 2015),
    amt(3, "4億円", 400000000, role=B, fy=2015, q=("approx",)),
    amt(7, "4億円", 400000000, role=B, fy=2015, q=("approx",)),
    date(7, "平成27年8月20日(木)~平成27年9月17日", "2015-08-20", "2015-09-17"),
]
ROWS = [
    dict(line=3, text="4億円", budget_yen=400000000, program="先導的「低炭素・循環・自然共生」地域創出事業", fy=2015, role=B,
         ministry="環境省", ambiguous=True, aliases=["二酸化炭素排出抑制対策事業費等補助金(先導的「低炭素・循環・自然共生」地域創出事業)"],
         why="the call's budget (`予算約4億円`) under the 補助金's 平成27年度 label",
         note="the money of the second call for two menus (第3号, 第4号): a part of the programme's budget"),
]
NOT_ROWS: list[dict] = []
