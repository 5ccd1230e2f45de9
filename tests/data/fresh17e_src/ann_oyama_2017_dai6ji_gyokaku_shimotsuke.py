from kinds import amt, cnt, date, dur, fyr, pct, trap, traps

DOC = "oyama_2017_dai6ji_gyokaku_shimotsuke"
# 栃木県小山市's progress of its 第6次行政改革 (2015~19年度) after three years, as 下野新聞 reports it (2018): the effect so
# far (`約16億円`, `16億220万円`), the five years' target (`24億2千万円`) and the largest measures' effects. All `other`, fy
# null (sums over a plan's years: fresh13b), traps; approx from `約`. `2015~19年度` one fiscal-year mention; `17年度までの`
# era-less, no mention (fresh13). `9日までに` a deadline: null..2018, at_most (audit: GUIDE `10月まで`, fresh9a's `31日までに`),
# the year only (the report after 17年度 closed; fresh16a's days without their month). `3カ年`, `5年間`, `3年間`
# durations; `66%` a percent; `3分野`, `103項目` counts; `【小山】` the paper's dateline.
O = "other"
E = "a reform plan's effect over three years, not a budget"
A = ("approx",)
M = [
    date(1, "9日", None, "2018", q=("at_most",)), fyr(1, "2015~19年度", 2015, 2019), dur(1, "3カ年", 3, "year"),
    trap(amt(1, "16億円", 1600000000, role=O, q=A), "第6次行政改革 削減効果 (3カ年)", E),
    dur(1, "5年間", 5, "year"), pct(1, "66%", 66),
    cnt(2, "3分野", 3, "分野"), cnt(2, "103項目", 103, "項目"),
    dur(3, "5年間", 5, "year"),
    trap(amt(3, "24億2千万円", 2420000000, role=O), "第6次行政改革 5年間の目標効果額",
         "a reform plan's target effect over five years, not a budget"),
    dur(3, "3年間", 3, "year"),
    trap(amt(3, "16億220万円", 1602200000, role=O), "第6次行政改革 3年間の効果額", E),
    trap(amt(3, "4億5千万円", 450000000, role=O, q=A), "市税収納率向上 効果額", E),
    trap(amt(3, "2億円", 200000000, role=O, q=A), "工業団地の分譲促進 効果額", E),
    trap(amt(3, "1億7千万円", 170000000, role=O, q=A), "市有地の有効活用 効果額", E),
]
ROWS: list = []
NOT_ROWS = traps(M)
