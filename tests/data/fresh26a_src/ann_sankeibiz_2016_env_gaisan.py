from kinds import amt, date, fyr, pct, trap, traps

DOC = "sankeibiz_2016_env_gaisan"
# 環境省's 2016年度 概算要求 as SankeiBiz reports it (2015-08-25): budget FY2016. `一般会計の要求額を…3666億円` the
# ministry's general-account total, a trap; `今年度要求比528億円増` an increase (over this year's request), `other`, a
# trap. Rows: the new `物流分野の二酸化炭素削減対策に41億円`, `環境対応トラック・バスの導入加速事業10億円`, `熱中症対策として
# 1億円`, and the 復興特別会計's `除染費用に4501億円`, `中間貯蔵施設の整備費用は1346億円` (the account named, the programmes
# its items; fresh24a's 復興特別会計 programme). `24日` 2015-08-24 (the page's date from its address; fresh24b's day-only
# dates). Era-less `30年度`, `13年度`, `20年` no mentions (fresh4); `先進7カ国(G7)` a name (as `G7`; arguable), `第1原発` a
# name.
B, O, FY, MIN = "budget", "other", 2016, "環境省"
M = [
    date(1, "24日", "2015-08-24"), fyr(1, "2016年度", FY),
    trap(amt(1, "528億円", 52800000000, role=O, fy=FY), "今年度要求比…増", "an increase"),
    trap(amt(1, "3666億円", 366600000000, fy=FY), "一般会計の要求額", "the ministry's general-account total"),
    pct(1, "26%", 26),
    amt(2, "41億円", 4100000000, fy=FY), amt(2, "10億円", 1000000000, fy=FY), amt(2, "1億円", 100000000, fy=FY),
    amt(3, "4501億円", 450100000000, fy=FY), amt(3, "1346億円", 134600000000, fy=FY),
]
ROWS = [
    dict(line=2, text="41億円", budget_yen=4100000000, fy=FY, program="物流分野の二酸化炭素削減対策", role=B, ministry=MIN,
         why="`新たに…に41億円`"),
    dict(line=2, text="10億円", budget_yen=1000000000, fy=FY, program="環境対応トラック・バスの導入加速事業", role=B, ministry=MIN,
         why="`…事業10億円を計上`"),
    dict(line=2, text="1億円", budget_yen=100000000, fy=FY, program="熱中症対策", role=B, ministry=MIN,
         why="`熱中症対策として1億円を要求`"),
    dict(line=3, text="4501億円", budget_yen=450100000000, fy=FY, program="土壌などの除染費用", aliases=["除染"], role=B,
         ministry=MIN, why="a 復興特別会計 item `除染費用に4501億円`"),
    dict(line=3, text="1346億円", budget_yen=134600000000, fy=FY, program="中間貯蔵施設の整備費用", role=B, ministry=MIN,
         why="`…の整備費用は1346億円を盛り込んだ`"),
]
NOT_ROWS = traps(M)
