from kinds import amt, cnt, date, fyr, trap, traps

DOC = "chonan_r6_jido_teate_kakuju"
# 千葉県長南町's guide to the 令和6年10月 expansion of 児童手当. The monthly amounts under `手当月額 |` (line 7) and
# `支給月額 |` (line 25) are benefits per child: `support`, per `month` (the label line reaches its cells, GUIDE), fy null
# (no 年度 labels them; `令和6年10月分から` dates the change). The old reduced `5,000円` (line 6, the 特例給付 no longer
# paid) is a benefit per child too: `support`, per null (no 月額 beside it). All traps (benefits per recipient, no budget).
# `令和6年10月分(12月支給)から`: `令和6年10月` a date point (から), `12月` takes its year 2024 (arguable). `年6回` a count;
# the recurring months `2月、4月…12月` and `支給日は5日` are no dates (earlier calls: recurring). Ages (`3歳未満`, `20歳`,
# `0歳`), ordinals (`第1子`, `第3子以降`), note marks `(※1)` are no mentions. `令和6年度は` a fiscal year; the birth-date
# spans `平成18年4月2日〜平成21年4月1日` one date range each. `3人以上` a count, at_least (twice on line 30).
SU = "support"
t = trap


BEN = "a benefit per child per month (support), no budget"
M = [
    date(1, "2024年9月20日", "2024-09-20"),
    date(2, "令和6年10月", "2024-10"), date(2, "12月", "2024-12"),
    t(amt(6, "5,000円", 5000, role=SU), "改正前 所得制限による支給額 5,000円", "a benefit per child (support), no budget"),
    t(amt(8, "15,000円", 15000, role=SU, per="month"), "手当月額 3歳未満 第1子・第2子", BEN),
    t(amt(8, "30,000円", 30000, role=SU, per="month"), "手当月額 3歳未満 第3子以降", BEN),
    t(amt(8, "10,000円", 10000, role=SU, per="month"), "手当月額 3歳以降 第1子・第2子", BEN),
    t(amt(8, "30,000円", 30000, role=SU, per="month"), "手当月額 3歳以降 第3子以降", BEN),
    cnt(12, "6回", 6, "回"),
    fyr(13, "令和6年度", 2024), date(13, "平成18年4月2日〜平成21年4月1日", "2006-04-02", "2009-04-01"),
    fyr(14, "令和6年度", 2024), date(14, "平成14年4月2日〜平成18年4月1日", "2002-04-02", "2006-04-01"),
    t(amt(27, "10,000円", 10000, role=SU, per="month"), "支給月額 17歳 第2子", BEN),
    t(amt(28, "30,000円", 30000, role=SU, per="month"), "支給月額 13歳 第3子", BEN),
    t(amt(29, "30,000円", 30000, role=SU, per="month"), "支給月額 10歳 第4子", BEN),
    cnt(30, "3人", 3, "人", None, q=("at_least",)), cnt(30, "3人", 3, "人", None, q=("at_least",)),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
