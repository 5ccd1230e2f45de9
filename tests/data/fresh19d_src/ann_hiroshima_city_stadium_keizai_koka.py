from kinds import amt, cnt, date, dur, trap, traps

DOC = "hiroshima_city_stadium_keizai_koka"
# 広島市's estimate (its スタジアム建設部) of the economic ripple effect in 広島県 of the new football stadium over 20 years of
# operation (朝日新聞 2021-12-02, as a 2ch thread copies it on sportsnews.jp). The effects (total, construction, visits) and the
# 県税収入 are estimates: role `other`, fy null. The project's cost `総事業費は271億円`, the share to be split `約100億円` and the
# prefecture's share `県負担分の約50億円` are a multi-year project's cost and its split between bodies (no fiscal year, no budget
# label): role `other`, traps (fresh17b: a project's total cost is not a row). `2024年春` a date (2024; 春 dropped as 半ば is);
# `開業後20年間` durations; `年間310万人` a count (per year is no count qualifier); `判断材料の一つ` a count of 1 つ (GUIDE);
# the thread's header `2021年12月5日`, `2021/12/02(木)` and the paper's `2021/12/2` dates (the clock times no mentions);
# `24年` (two digits) no mention; `- 1` a post number; `J1` a name.
O = "other"
E = "新サッカースタジアムの経済波及効果 (開業後20年間)"
M = [
    date(1, "2024年春", "2024"),
    trap(amt(1, "6760億円", 676000000000, role=O), E + " 見出し", "an estimated economic effect"),
    date(2, "2021年12月5日", "2021-12-05"),
    date(2, "2021/12/02", "2021-12-02"),
    date(4, "2024年春", "2024"),
    dur(4, "20年間", 20, "year"),
    trap(amt(4, "6760億円", 676000000000, role=O, q=("approx",)), E, "an estimated economic effect"),
    cnt(4, "一つ", 1, "つ"),
    trap(amt(5, "271億円", 27100000000, role=O), "新スタジアムの総事業費", "a multi-year project's total cost"),
    trap(amt(5, "100億円", 10000000000, role=O, q=("approx",)), "県と折半したい市の負担額",
         "a project's cost share between bodies"),
    amt(6, "460億円", 46000000000, role=O, q=("approx",)),
    cnt(6, "310万人", 3100000, "人"),
    dur(6, "20年間", 20, "year"),
    amt(6, "6300億円", 630000000000, role=O, q=("approx",)),
    amt(7, "78億円", 7800000000, role=O, q=("approx",)),
    trap(amt(7, "50億円", 5000000000, role=O, q=("approx",)), "市が想定する県負担分", "a project's cost share"),
    date(8, "2021/12/2", "2021-12-02"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
