from kinds import amt, cnt, date, dur, fyr, pct, trap, traps

DOC = "cgr_2021_kagikake_toge_saihyoka_senmonshi"
# 中国地方整備局's 2021年度 第3回 事業評価監視委員会 as a construction paper reports it (senmonshi.com; the 鳥取 edition: `県の
# 関係では`): the re-evaluation of 一般国道183号 鍵掛峠道路. Its money: `残事業費は181億円` (the cost still to spend), the whole
# cost `223億円から333億円に増加` (the previous and the new estimate), the increase's causes `(23億円)`, `(27億円)`, `(23億円)`
# and total `延べ110億円の増額`, and the benefits `従来の3便益を26億円`, `…解消便益を304億円`: cost estimates, changes and
# benefits, `other`, fy null (whole-life figures; `今年度末の推定進捗率` dates the rate, not the cost), traps (fresh12a's
# 全体事業費 and B; changes `other` as fresh6a / fresh8a). `2021年度` a fiscal year; `13日` (the meeting; no month written)
# a date, year only `2021` (`今年8月には…落札決定` is past and falls in the 2021年度 the meeting belongs to, so 今年 = 2021;
# fresh7a's first call for a day with no month); `今年8月` 2021-08 and `今年1月` 2021-01 dates (今年 = 2021). `37%`, `約49%`
# percents; `5年が経ち` a duration; `3便益` a count of 便益 (the manual's three benefits). `05年度`, `25年度`, `16年` no
# mentions (two-digit years without an era: GUIDE). `延長12・0`` (km, the paper's font), `3475b` (m), `B/C値は8・1`,
# `CO2`, `一般国道183号` no mentions.
O = "other"
C = "a change of a project's estimated whole cost, not a budget"
M = [
    date(1, "13日", "2021"), fyr(1, "2021年度", 2021),
    date(2, "8月", "2021-08"), pct(2, "37%", 37),
    trap(amt(2, "181億円", 18100000000, role=O), "鍵掛峠道路 残事業費",
         "the cost still to be spent on a project under re-evaluation (残事業費), not a budget"),
    dur(3, "5年", 5, "year"),
    trap(amt(3, "223億円", 22300000000, role=O), "鍵掛峠道路 前回評価の全体事業費",
         "a project's whole cost as estimated at the previous evaluation, not a budget"),
    trap(amt(3, "333億円", 33300000000, role=O), "鍵掛峠道路 全体事業費",
         "a project's whole cost over its life under re-evaluation (全体事業費), not a year's budget"),
    trap(amt(3, "23億円", 2300000000, role=O), "切土法面対策工の追加 (増額要因)", C),
    trap(amt(3, "27億円", 2700000000, role=O), "構造物支持力対策の追加 (増額要因)", C),
    trap(amt(3, "23億円", 2300000000, role=O), "脆弱な発生土の対策 (増額要因)", C),
    trap(amt(3, "110億円", 11000000000, role=O), "全体事業費 増額", C),
    pct(3, "49%", 49, q=("approx",)),
    cnt(4, "3便益", 3, "便益"),
    trap(amt(4, "26億円", 2600000000, role=O), "従来の3便益", "a benefit of the project's cost-benefit analysis, not a budget"),
    trap(amt(4, "304億円", 30400000000, role=O), "不安感の解消便益 (CVM)", "a benefit of the project's cost-benefit analysis, not a budget"),
    date(7, "1月", "2021-01"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
