from kinds import amt, date, fyr

DOC = "kankocho_r2_shirohaku_koubo"
# 観光庁: a call (令和2年度 観光振興事業費補助金, 城泊・寺泊), its period with weekdays and a closing time (`17時` a clock
# time, no mention), two caps `1/2補助(上限N万円)` `support` at_most, min null, fy 2020 (the title's 令和2年度; fresh8a's
# 子どもゆめ基金). `令和2年5月26日より` a point (GUIDE `より`); `6月30日(火)をもって終了` the deck's year 2020.
S, FY = "support", 2020
M = [
    fyr(1, "令和2年度", FY), date(2, "2020年6月18日", "2020-06-18"), date(3, "6月30日", "2020-06-30"),
    date(4, "令和2年5月26日", "2020-05-26"),
    date(8, "令和2年5月26日(火)~6月30日", "2020-05-26", "2020-06-30"),
    amt(21, "750万円", None, 7500000, role=S, fy=FY, q=("at_most",)),
    amt(23, "780万円", None, 7800000, role=S, fy=FY, q=("at_most",)),
]
ROWS: list[dict] = []
NOT_ROWS = [
    dict(line=21, text="750万円", value_yen=7500000, fy=FY, mention_role=S, what="城泊 上限", reason="a cap per project"),
    dict(line=23, text="780万円", value_yen=7800000, fy=FY, mention_role=S, what="寺泊 上限", reason="a cap per project"),
]
