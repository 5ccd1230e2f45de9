from kinds import amt, date, dur, fyr, trap, traps

DOC = "takeo_kodomo_toshokan_jigyohi"
# A trade paper's item (senmonshi) on 佐賀県武雄市's planned children's library, written early in 2016 (`2016年度から`,
# `15年度は…3月中旬に完了する予定`): the 概算事業費 twice (`3・5億〜4億円` in the headline, the middle dot a decimal point as in
# fresh8a's `4・3%`; `3億5000万円から4億円程度` approx) `other`, fy null, traps; the access road's `工事費約2000万円` to be put
# in the 16年度当初予算 (budget, fy 2016: `2016年度` fixes the century; an ambiguous row, an item the paper says will be
# budgeted). Dates of 2016: `2016年秋` → 2016, `2月末` (twice), `今年1月`, `3月中旬`; `30年` and `6カ月程度` durations; the
# two-digit `16年`, `17年`, `15年度`, `16年度` no mentions; `70b`, `1400平方b` (garbled metres) no mentions.
O = "other"
EST = "the planned library's cost estimate, not an appropriation"
M = [
    trap(amt(1, "3・5億〜4億円", 350000000, 400000000, role=O), "こども図書館 概算事業費 (見出し)", EST),
    date(1, "2016年", "2016"),
    date(1, "2月末", None, "2016-02", q=("at_most",)),
    fyr(1, "2016年度", 2016),
    trap(amt(1, "3億5000万円から4億円", 350000000, 400000000, role=O, q=("approx",)), "こども図書館 概算事業費", EST),
    date(2, "1月", "2016-01"),
    dur(2, "30年", 30, "year"),
    date(2, "2月末", None, "2016-02", q=("at_most",)),
    date(2, "3月中旬", "2016-03"),
    amt(3, "2000万円", 20000000, role="budget", fy=2016, q=("approx",)),
    dur(3, "6カ月", 6, "month", q=("approx",)),
]
ROWS = [
    dict(line=3, text="2000万円", budget_yen=20000000, fy=2016, role="budget", ambiguous=True,
         program="こども図書館 敷地進入路工事費", note="the paper writes the road's 工事費 among the items to be put in the 16年度当初予算",
         why="an item's cost the city will put in its 2016 initial budget"),
]
NOT_ROWS = traps(M)
