from kinds import amt, cnt, date, dur, fyr, trap, traps

DOC = "toyama_h21_9gatsu_hosei_kaiken"
# 富山県's governor presenting the FY2009 September supplementary (定例記者会見). `9月補正額は205億2500万円` supplementary
# FY2009, a trap (the total), repeated on line 21 (`205億2500万円の内訳は`), a trap; `6月補正で382億円` the earlier
# supplementary's total, a trap; `合わせると587億円` the sum of two supplementaries of one year: supplementary_budget
# FY2009, a trap (NEW: fresh24a made a sum of one year's INITIAL budget and its supplementary `other`; both parts here are
# supplementaries). The four fields (`大きく4点`) carry no figures: no row. `9月補正`, `6月補正` budgets' names (no
# dates); `10年ぶり` a duration; `昨年の10月末` 2008-10; `国際砂防フォーラム2009` a name; `1点目`… ordinals; the
# page's `2017年6月8日` (its update) a date; the breadcrumb's, the heading's and the 日時's dates each a mention.
S, FY = "supplementary_budget", 2009
M = [
    fyr(5, "平成21年度", FY), date(5, "平成21年9月7日", "2009-09-07"),
    fyr(7, "平成21年度", FY),
    date(8, "2017年6月8日", "2017-06-08"),
    date(10, "平成21年9月7日", "2009-09-07"),
    date(11, "平成21年9月7日", "2009-09-07"),
    fyr(14, "平成21年度", FY),
    trap(amt(20, "205億2500万円", 20525000000, role=S, fy=FY), "9月補正額", "the supplementary's total"),
    dur(20, "10年ぶり", 10, "year"),
    trap(amt(20, "382億円", 38200000000, role=S, fy=FY), "6月補正", "an earlier supplementary's total"),
    trap(amt(20, "587億円", 58700000000, role=S, fy=FY), "6月補正と9月補正の合計", "a sum of two supplementaries"),
    trap(amt(21, "205億2500万円", 20525000000, role=S, fy=FY), "205億2500万円の内訳", "the supplementary's total, repeated"),
    cnt(21, "4点", 4, "点"),
    date(22, "10月", "2008-10"),
]
ROWS = []
NOT_ROWS = traps(M)
