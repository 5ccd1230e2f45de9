from kinds import amt, date, pct

DOC = "takamatsu_h21_yosan_rsk_megalodon"
# 高松市 (香川県), RSK山陽放送's local news of 2009-03-04 (archived): the March assembly opens and the mayor proposes the
# 来年度予算案 (`来年度` fixed by the written date: FY2009, as fresh9b's 和歌山県). `1370億円あまり` (`あまり` at_least,
# min only: fresh2's call) and `一般会計が1377億7600万円` are budget traps (the account total); 普通建設事業費
# `178億円7000万円` (as stored: one figure, 178億7000万円) an expense class and `約12億円` its change: other traps;
# `重点事業に205億円` (a theme over many programmes, fresh4 / fresh10b's `新規事業に約215億円`) an ambiguous row; the
# shortfall `財源不足は約16億円` other, a trap. `2009年3月4日` a date (`19:20` a clock time); `3月定例議会` 2009-03.
B, O, FY = "budget", "other", 2009
M = [
    date(2, "2009年3月4日", "2009-03-04"),
    date(6, "3月", "2009-03"), amt(6, "1370億円", 137000000000, None, role=B, fy=FY, q=("at_least",)),
    amt(7, "1377億7600万円", 137776000000, role=B, fy=FY), pct(7, "2.9%", 2.9),
    amt(7, "178億円7000万円", 17870000000, role=O, fy=FY), amt(7, "12億円", 1200000000, role=O, fy=FY, q=("approx",)),
    amt(7, "205億円", 20500000000, role=B, fy=FY),
    amt(8, "16億円", 1600000000, role=O, fy=FY, q=("approx",)),
]
ROWS = [dict(line=7, text="205億円", budget_yen=20500000000, fy=FY, program="教育やまちづくりなどの重点事業", role=B,
             ambiguous=True, why="`重点事業に205億円を計上` in the 来年度予算案 (FY2009 by the news's date)",
             note="a theme summing many programmes (fresh4, fresh10b)")]
NOT_ROWS = [
    dict(line=6, text="1370億円", value_yen=137000000000, fy=FY, mention_role=B, what="来年度予算案 (1370億円あまり)", reason="account total"),
    dict(line=7, text="1377億7600万円", value_yen=137776000000, fy=FY, mention_role=B, what="一般会計", reason="account total"),
    dict(line=7, text="178億円7000万円", value_yen=17870000000, fy=FY, mention_role=O, what="普通建設事業費", reason="expense class"),
    dict(line=7, text="12億円", value_yen=1200000000, fy=FY, mention_role=O, what="普通建設事業費の前年よりの増", reason="change"),
    dict(line=8, text="16億円", value_yen=1600000000, fy=FY, mention_role=O, what="財源不足", reason="shortfall of revenue"),
]
