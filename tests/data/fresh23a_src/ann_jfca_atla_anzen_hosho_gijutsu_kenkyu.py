from kinds import amt, cnt, date, dur, fyr, trap, traps

DOC = "jfca_atla_anzen_hosho_gijutsu_kenkyu"
# A trade association's note (jfca-net.or.jp, written in late 2016) on 防衛装備庁's competitive fund 安全保障技術研究推進制度
# (防衛省 created it in 2015): its budgets by year, awards and applications, the size of one project, the next call.
# `2015年度予算額は3億円` and `2016年度は予算6億円` are the programme's budgets: `budget`, fy 2015 / 2016, rows. `来年度の予算は
# 18倍増の110億円`: `budget`, fy 2017 (来年度 fixed by the written base year: `18倍増` is counted on the `2016年度` 6億円 just
# before it, as fresh6b's `来年度` fixed by `令和3年度当初予算と比べ`; line 3 dates the next call `2017年3月頃`), an
# AMBIGUOUS row (NEW, arguable: the year is not written next to it, and the figure was still a request: `予算が成立すれば`).
# `研究規模は、1件3,000万円で最長3カ年`: one project's size, `support` (per null: `1件` is a rate marker, fresh8a), a trap;
# `最長3カ年` null..3 year, at_most (最長 as 最大, earlier sets). The US Air Force's `延べ128件、約7億円` over `6年間` is money
# another body gave (a total of results): `other`, approx, fy null, a trap. Counts of awards and applications `9件`,
# `109件`, `10件`, `44件`, `5件`, `2件`, `3件`, `128件`. `2015年度(平成27年度)` two fiscal years (GUIDE). `18倍` a ratio (no
# mention); `2017年3月頃` a date, approx (頃, earlier sets).
B = "budget"
M = [
    fyr(1, "2015年度", 2015),
    fyr(1, "平成27年度", 2015),
    fyr(2, "2015年度", 2015),
    amt(2, "3億円", 300000000, role=B, fy=2015),
    cnt(2, "9件", 9, "件"),
    cnt(2, "109件", 109, "件"),
    fyr(2, "2016年度", 2016),
    amt(2, "6億円", 600000000, role=B, fy=2016),
    cnt(2, "10件", 10, "件"),
    cnt(2, "44件", 44, "件"),
    cnt(2, "5件", 5, "件"),
    cnt(2, "2件", 2, "件"),
    cnt(2, "3件", 3, "件"),
    amt(2, "110億円", 11000000000, role=B, fy=2017),
    trap(amt(2, "3,000万円", 30000000, role="support"), "研究規模 1件3,000万円", "the size of one research project (support)"),
    dur(2, "3カ年", None, "year", 3, q=("at_most",)),
    date(3, "2017年3月", "2017-03", q=("approx",)),
    dur(6, "6年間", 6, "year"),
    cnt(6, "128件", 128, "件"),
    trap(amt(6, "7億円", 700000000, role="other", q=("approx",)), "米空軍 日本の大学研究への資金 延べ6年間",
         "another body's grants over six years (a total of results)"),
]
P, MIN = "安全保障技術研究推進制度", "防衛省"
ROWS = [
    dict(line=2, text="3億円", budget_yen=300000000, program=P, fy=2015, role=B, ministry=MIN,
         why="the programme's first-year budget (`2015年度予算額`)"),
    dict(line=2, text="6億円", budget_yen=600000000, program=P, fy=2016, role=B, ministry=MIN,
         why="the programme's 2016年度 budget"),
    dict(line=2, text="110億円", budget_yen=11000000000, program=P, fy=2017, role=B, ministry=MIN, ambiguous=True,
         why="the programme's budget for 来年度: FY2017, fixed by the written base year (`18倍増` on the 2016年度 6億円)"
             " and the next call in 2017年3月",
         note="the year is not written next to the figure, and it was a request before the budget passed"),
]
NOT_ROWS = traps(M)
