from kinds import amt, cnt, date, fyr, pct, trap, traps

DOC = "kariya_h28_kyushoku_center_keizokuhi"
# 建通新聞 (senmonshi, 2016-02-18) on 愛知県刈谷市's 2016 initial budget proposal: the accounts' totals, two school
# buildings' multi-year money (the lunch centre's 継続費 `27億6013万円`, its headline `総事業費27億` written without 円, the
# 中学校改築's `15億3900万円`) and each work's 2016 money (`初年度事業費として10億4513万円`, `6億1000万円`, …). The label
# `2016年度当初予算案` makes every amount `budget`, fy 2016, except the multi-year totals (`budget`, fy null: they span
# 2016-2017, the two-digit `17年度` completed by `2016年度`). Rows: the works' 2016 money (lines 9-11); traps: the account
# totals, 普通建設事業費, the multi-year totals. Percents `1・8%`, `8・2%`, `0・1%`, `3・3%` (減: the value stays positive),
# `1%`; `6会計`, `1会計`, `2校` counts; road names (`01−40号線`) and `第1処理分区` no mentions.
B = "budget"
TOT = "an account's or the whole budget's total"
KEI = "a school building's money over 2016-2017, not the year's appropriation"
W = "a work's money in the 2016 initial budget proposal"
M = [
    date(5, "2016/02/18", "2016-02-18"),
    trap(amt(6, "27億", 2700000000, role=B), "第一学校給食センター建設事業 総事業費 (見出し)", KEI),
    pct(7, "1・8%", 1.8),
    trap(amt(7, "563億3000万円", 56330000000, role=B, fy=2016), "一般会計 総額", TOT),
    fyr(7, "2016年度", 2016),
    trap(amt(7, "27億6013万円", 2760130000, role=B), "第1学校給食センター建設事業 継続費", KEI),
    trap(amt(7, "15億3900万円", 1539000000, role=B), "刈谷東中学校改築事業 (総額)", KEI),
    pct(7, "8・2%", 8.2),
    trap(amt(7, "106億7380万円", 10673800000, role=B, fy=2016), "普通建設事業費", "a category total of the account"),
    cnt(8, "6会計", 6, "会計"),
    trap(amt(8, "283億9970万円", 28399700000, role=B, fy=2016), "特別会計 総額", TOT),
    pct(8, "0・1%", 0.1),
    cnt(8, "1会計", 1, "会計"),
    trap(amt(8, "41億0110万円", 4101100000, role=B, fy=2016), "企業会計 (水道事業)", TOT),
    pct(8, "3・3%", 3.3),
    trap(amt(8, "888億3080万円", 88830800000, role=B, fy=2016), "予算総額", TOT),
    pct(8, "1%", 1),
    amt(9, "10億4513万円", 1045130000, role=B, fy=2016),
    amt(9, "6億1000万円", 610000000, role=B, fy=2016),
    cnt(9, "2校", 2, "校"),
    amt(9, "7億2058万円", 720580000, role=B, fy=2016),
    amt(9, "6億1361万円", 613610000, role=B, fy=2016),
    amt(10, "3億0032万円", 300320000, role=B, fy=2016),
    amt(10, "2億7846万円", 278460000, role=B, fy=2016),
    amt(10, "600万円", 6000000, role=B, fy=2016),
    amt(10, "500万円", 5000000, role=B, fy=2016),
    amt(11, "2億9146万円", 291460000, role=B, fy=2016),
]


def _row(line: int, text: str, yen: int, program: str) -> dict:
    return dict(line=line, text=text, budget_yen=yen, fy=2016, role=B, program=program, why=W)


ROWS = [
    _row(9, "10億4513万円", 1045130000, "第1学校給食センター建設事業"),
    _row(9, "6億1000万円", 610000000, "刈谷東中学校改築事業"),
    _row(9, "7億2058万円", 720580000, "小学校大規模改造事業"),
    _row(9, "6億1361万円", 613610000, "富士松北保育園改築事業"),
    _row(10, "3億0032万円", 300320000, "01−40号線道路新設改良事業"),
    _row(10, "2億7846万円", 278460000, "2−496号線道路新設改良事業"),
    _row(10, "600万円", 6000000, "まちなかマネジメント構想策定事業"),
    _row(10, "500万円", 5000000, "空き家対策推進事業"),
    _row(11, "2億9146万円", 291460000, "富士松第1処理分区整備事業"),
]
NOT_ROWS = traps(M)
