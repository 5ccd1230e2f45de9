from kinds import amt, date, fyr

DOC = "akita_kankoconv_h26_jigyo_keikaku"
# (公財)秋田観光コンベンション協会 平成26年度事業計画, the whole stored text on one line: the plan's preface, then
# `【公益目的事業】 Ⅰ コンベンション事業 1 誘致事業 2,257千円` and its first item `(1)コンベンションの誘致セールス
# 677千円`. The title `平成26年度事業計画` labels every figure (GUIDE: the title is a label for the whole document):
# each 事業's figure is its budget of FY2014, a row each (the item under 誘致事業 is a named 事業 of its own; NEW,
# arguable: the item and the 事業 it belongs to are both rows, as a programme and its sub-programme in earlier sets).
# `平成26年4月1日~平成27年3月31日` (the 事業年度) is one date range; `平成25年度` a fiscal year; `26年度事業計画` has no
# era: no mention. `Ⅰ`, `1`, `(1)` are list numbers; `DC` a name.
B = "budget"
M = [
    fyr(1, "平成26年度", 2014), date(1, "平成26年4月1日~平成27年3月31日", "2014-04-01", "2015-03-31"),
    fyr(1, "平成25年度", 2013),
    amt(1, "2,257千円", 2257000, fy=2014), amt(1, "677千円", 677000, fy=2014),
]
W = "a 事業's figure in the body's 平成26年度事業計画 (the title labels it: the plan year's budget)"
ROWS = [
    dict(line=1, text="2,257千円", budget_yen=2257000, fy=2014, program="誘致事業", aliases=["コンベンション誘致事業"],
         role=B, ministry="(公財)秋田観光コンベンション協会", why=W),
    dict(line=1, text="677千円", budget_yen=677000, fy=2014, program="コンベンションの誘致セールス", role=B,
         ministry="(公財)秋田観光コンベンション協会", why=W + "; item (1) of 誘致事業"),
]
NOT_ROWS: list = []
