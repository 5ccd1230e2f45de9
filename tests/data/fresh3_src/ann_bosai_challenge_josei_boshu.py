from kinds import amt, cnt, date, fyr

DOC = "bosai_challenge_josei_boshu"
# A grants portal's list (ifc.jp) of calls: 2017年度 防災教育チャレンジプラン (a plan's cap `上限 30 万円` is support
# FY2017, at_most) and another call. `2016年11月25日(金)15:00までに` → null..2016-11-25, at_most (15:00 a clock time);
# `(1名分×3回分)` counts one presenter and three meetings; `本年4月に発生した熊本地震` is April 2016 (the 熊本地震 of the
# listing's year: the call closes in November 2016); `熊本地震` itself is a name.
M = [
    fyr(5, "2017年度", 2017),
    amt(12, "30 万円", None, 300000, role="support", fy=2017, q=("at_most",)),
    cnt(14, "1名", 1, "名"),
    cnt(14, "3回", 3, "回"),
    date(16, "2016年11月25日", None, "2016-11-25", q=("at_most",)),
    date(27, "4月", "2016-04"),
]
ROWS: list[dict] = []
NOT_ROWS = [
    dict(line=12, text="30 万円", value_yen=300000, fy=2017, mention_role="support", what="プランの実践にかかる経費 上限",
         reason="cap of one grant in a call, not a budget"),
]
