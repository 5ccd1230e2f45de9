from kinds import amt, cnt, date, fyr, pct, trap, traps

DOC = "goemon_2017_iwate_kokutai_keihi"
# ゴエモンのつぶやき (blog.goo.ne.jp/goemon-1555), reposting 47NEWS (岩手日報, 2017-05-14): the settled costs of the 2016 岩手国体
# (冬季大会, 本大会, 全国障害者スポーツ大会) over `2007~16年度`. Every figure is a cost paid over ten fiscal years, a share of it
# (県, 33市町村) or a breakdown (運営費, 施設整備費, 競技力向上費): `other` (results, the brief's costs paid), fy null (a span of
# years, no one year), traps. `約` approx on each figure it stands before (`(うち市町村分43億1800万円)`, `(同52億7900万円)` and
# `109億1700万円` have none). `2007~16年度` one fiscal-year range 2007..2016 (the two-digit end completes the range, fresh15a's
# `2020 – 21年`); `16年度は決算見込み` a two-digit year (no mention); `(1、2月)`, `(9、10月)` date ranges of 2016 (`昨年`, the
# article of 2017) and `(10月)` 2016-10; `1999年岩手インターハイ` a name with a year (no mention); `33市町村` counts; `約69%`;
# the post's `2017年05月15日` (its clock time no mention) and the source's `(2017/05/14)`; the form's `数字4桁` a count of 4 桁.
O = "other"
R = "a settled cost of an event over several fiscal years (or its share or breakdown), not a year's budget"
M = [
    trap(amt(3, "232億円", 23200000000, role=O), "岩手国体 開催経費 (見出し)", R),
    date(4, "2017年05月15日", "2017-05-15"),
    date(5, "1、2月", "2016-01", "2016-02"), date(5, "9、10月", "2016-09", "2016-10"), date(5, "10月", "2016-10"),
    fyr(5, "2007~16年度", 2007, 2016),
    trap(amt(5, "232億1400万円", 23214000000, role=O, q=("approx",)), "完全国体 開催経費 総額", R),
    cnt(5, "33市町村", 33, "市町村"),
    trap(amt(5, "109億1700万円", 10917000000, role=O), "本大会 市町村分を除く経費", R),
    trap(amt(6, "205億1400万円", 20514000000, role=O, q=("approx",)), "本大会 総額", R),
    trap(amt(6, "12億円", 1200000000, role=O, q=("approx",)), "冬季大会", R),
    trap(amt(6, "15億円", 1500000000, role=O, q=("approx",)), "全国障害者スポーツ大会", R),
    cnt(7, "33市町村", 33, "市町村"),
    trap(amt(7, "95億9700万円", 9597000000, role=O, q=("approx",)), "33市町村の負担", R),
    trap(amt(7, "98億300万円", 9803000000, role=O, q=("approx",)), "県負担", R),
    trap(amt(7, "103億6800万円", 10368000000, role=O, q=("approx",)), "運営費", R),
    trap(amt(7, "43億1800万円", 4318000000, role=O), "運営費 うち市町村分", R),
    trap(amt(7, "76億2900万円", 7629000000, role=O, q=("approx",)), "施設整備費", R),
    trap(amt(7, "52億7900万円", 5279000000, role=O), "施設整備費 うち市町村分", R),
    trap(amt(7, "25億1700万円", 2517000000, role=O, q=("approx",)), "競技力向上費", R),
    pct(7, "69%", 69, q=("approx",)),
    date(8, "2017/05/14", "2017-05-14"),
    cnt(17, "4桁", 4, "桁"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
