from kinds import amt, cnt, date, fyr, trap, traps

DOC = "omura_h28_kyushoku_sekkei_proposal"
# Construction news (senmonshi.com, no date in the address) of 大村市's proposal call for the design of its junior high
# school lunch centre: `委託料の上限額(消費税および地方消費税を含む)を2923万6000円` (a contract's cap: `other`, at_most, min
# null, as the README's call 2) and the design's requirement `総事業費の額を16億6300万円以内` (the cap on the whole
# project's cost: `other`, at_most; NEW, arguable: a programme's total cost is no year's budget, a trap). fy null (no
# fiscal year is written for either). The year-less days take 2016: the text's only calendar anchor is the design's
# deadline `履行期限は2017年3月24日` of a contract let this summer (NEW, arguable: no year is written for the call;
# `29日` in the month of `8月5日`); `10月上旬までに審査結果通知書を発送` null..2016-10 at_most (GUIDE `10月まで`, fresh11a's
# `9月までに`; 上旬 dropped). `2009年度以降` a fiscal year 2009.. (at_least); `1日当たり3000食以上` a rate: `1日` no
# duration, `3000食` a count 3000.. (at_least); `上位5者程度` ..5 者 (at_most, approx); `最大3000食` ..3000 (at_most);
# `1次審査`, `2次審査` ordinals; `2段階` a count; `約6927平方b` an area (its `m` lost).
O = "other"
M = [
    date(1, "8月5日", "2016-08-05"), cnt(1, "2段階", 2, "段階"), date(1, "10月", "2016-10"),
    date(1, "8月5日", "2016-08-05"), date(1, "29日", "2016-08-29"), date(1, "9月17日", "2016-09-17"),
    date(1, "10月", "2016-10"),
    date(2, "2017年3月24日", "2017-03-24"),
    trap(amt(2, "2923万6000円", None, 29236000, role=O, q=("at_most",)), "委託料の上限額",
         "the cap of the design contract's price, not a budget"),
    fyr(3, "2009年度", 2009, None, q=("at_least",)), cnt(3, "3000食", 3000, "食", hi=None, q=("at_least",)),
    trap(amt(3, "16億6300万円", None, 1663000000, role=O, q=("at_most",)), "総事業費の額を16億6300万円以内",
         "the cap the design must keep the whole project's cost under, not a year's budget"),
    cnt(4, "5者", None, "者", hi=5, q=("approx", "at_most")),
    date(4, "10月", None, "2016-10", q=("at_most",)),  # `10月上旬までに` a deadline (blind audit: GUIDE `まで`)
    cnt(5, "5つ", 5, "つ"), cnt(5, "1カ所", 1, "か所"), cnt(5, "3000食", None, "食", hi=3000, q=("at_most",)),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
