from kinds import amt, cnt, date, dur, fyr, trap, traps

DOC = "ashiya_h15_h18_gyosei_kaikaku_4nen"
# 兵庫県芦屋市's page on the four years (平成15-18年度) of its 行政改革実施計画 (68 items, made 平成15年10月 to restore its
# finances): the four years' projected deficit against the result (`111億円の赤字となる見込みが39億円の黒字`, `150億円の改善`),
# the same to 平成24年度 (`307億円`, `87億円の収支不足`, `220億円の改善`), then the comparison of the first projection with
# the 平成18年度決算 (`歳入152億5,400万円の増加`, `歳出1億9,100万円の増加`, `76億円の削減`). All `other` (projections, balances,
# improvements and savings: fresh13b), traps. fy: the sums over four and ten years null (fresh13b); the three figures
# under `平成18年度決算と比較すると` 2006 (GUIDE: a label line applies to the items under it; arguable: `76億円` may be the
# four years' saving, 1 fy). `平成15年度から18年度まで` two points, the era-less end taking the first end's era
# (fresh13b's audit); `平成24年度までの` null..2012 at_most (GUIDE); `15年当時`, `15年に作成`, `18年度までの` era-less, no
# mentions (fresh13). `更新日:2020年4月1日` and `平成15年10月` (twice) dates; `4年間` (five times) and `10年間` durations;
# `68項目` a count. The last line is cut by the length limit (`市の貯金にあ`).
O = "other"
F = "a four-year projection, balance or improvement of a reform plan, not a budget"
T = "a ten-year projection, balance or improvement of a reform plan, not a budget"
C = "a change against the first projection in a year's settled accounts, not a budget"
M = [
    date(2, "2020年4月1日", "2020-04-01"), dur(3, "4年間", 4, "year"),
    date(4, "平成15年10月", "2003-10"), dur(4, "4年間", 4, "year"), cnt(4, "68項目", 68, "項目"),
    fyr(4, "平成15年度", 2003), fyr(4, "18年度", 2006), dur(4, "4年間", 4, "year"),
    dur(5, "4年間", 4, "year"),
    dur(13, "4年間", 4, "year"),
    trap(amt(13, "111億円", 11100000000, role=O), "当初見込みの4年間の赤字", F),
    trap(amt(13, "39億円", 3900000000, role=O), "4年間の実績 黒字", F),
    trap(amt(13, "150億円", 15000000000, role=O), "4年間の収支改善", F),
    dur(14, "4年間", 4, "year"),
    fyr(15, "平成24年度", None, 2012, q=("at_most",)), dur(15, "10年間", 10, "year"),
    trap(amt(15, "307億円", 30700000000, role=O), "当初見込みの10年間の赤字", T),
    trap(amt(15, "87億円", 8700000000, role=O), "10年間の収支不足 (見直し後)", T),
    trap(amt(15, "220億円", 22000000000, role=O), "10年間の収支改善", T),
    date(16, "平成15年10月", "2003-10"), fyr(16, "平成18年度", 2006),
    trap(amt(17, "152億5,400万円", 15254000000, role=O, fy=2006), "歳入 当初見込みとの差 (平成18年度決算)", C),
    trap(amt(19, "1億9,100万円", 191000000, role=O, fy=2006), "歳出 当初見込みとの差 (平成18年度決算)", C),
    trap(amt(20, "76億円", 7600000000, role=O, fy=2006), "人件費・物件費等の削減 (計画を上回る)",
         "a reform's saving against the first projection, not a budget"),
]
ROWS: list = []
NOT_ROWS = traps(M)
