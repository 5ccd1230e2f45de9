from kinds import amt, cnt, date, fyr, trap, traps

DOC = "toho_zaidan_h28_jigyo_keikaku"
# (公財)東邦銀行教育・文化財団 平成28年度事業計画: each 事業 (定款第4条's numbered purposes) told with its plan, closed
# by `事業予算額` / `20,700千円` / `(※事業別・収支予算書の事業費)` / `(平成27年度比▲4,030千円)`. The title labels the
# figures FY2016. Rows: the two 事業予算額 (奨学資金の給付, 各種活動団体への助成および顕彰). The two `助成額` inside the second
# (A「文化・スポーツ活動」 4,000千円; B+C 1,000千円) are award totals, `support` traps (calls28, was budget rows).
# Traps: the scholarships' `給付額…合計18,400千円` (the sum paid out to 92
# students inside the 事業予算額: support, a programme's pay-out, not its budget), the per-student `年額200千円/人`
# (support, per year) and the per-group `10万円~20万円`, `5万円~10万円` (support: per-recipient sizes), the half-year
# parts `各2,000千円` (a breakdown, other), the endowment's `指定正味財産期末残高…101,234千円` and the donation received
# `27年度90百万円寄附受領` (other; `27年度` has no era: no mention, it sets the donation's fy 2015, fresh11b), the
# changes `▲4,030千円`, `▲260千円` (other, fy 2016: the change of the plan year against 平成27年度). `定款第4条第1号`,
# `実施規程第7条` are article numbers; `1.`, `(1)`, `A.`, `(a)` list marks. Months without a year take the plan's
# calendar year 2016 (`5月~6月`, `11月~12月`, `4月、10月`). `次の三つの助成事業` a count of 3 つ (GUIDE: kanji numerals
# count, `の一つ`; added by the blind audit).
B, S, O = "budget", "support", "other"
R_PAY = "the sum to be paid to the programme's recipients, inside its 事業予算額 (a pay-out, not the programme's budget)"
R_AWD = ("calls28: the sum to be granted to many groups, inside the 事業予算額 7,280千円 (an award total is "
         "support, docs/judgement_calls.md; no row)")
R_PER = "a per-recipient size (brief: per-recipient sizes are traps)"
R_CHG = "the change against 平成27年度, not a budget"
M = [
    fyr(1, "平成28年度", 2016),
    fyr(2, "平成28年度", 2016),
    fyr(4, "平成28年度", 2016), cnt(4, "15名", 15, "名"), cnt(4, "92名", 92, "名"),
    trap(amt(5, "18,400千円", 18400000, role=S, fy=2016), "奨学金 給付額 合計", R_PAY),
    trap(amt(5, "200千円", 200000, role=S, fy=2016, per="year"), "奨学金 年額200千円/人", R_PER),
    cnt(6, "64名", 64, "名"), cnt(6, "15名", 15, "名"),
    cnt(7, "26名", 26, "名"), cnt(7, "2名", 2, "名"),
    trap(amt(8, "101,234千円", 101234000, role=O, fy=2016), "指定正味財産期末残高",
         "the endowment's balance at the year's end, a stock, not a budget"),
    trap(amt(8, "90百万円", 90000000, role=O, fy=2015), "27年度90百万円寄附受領", "a donation received, not a budget"),
    fyr(9, "平成29年度", 2017), cnt(9, "25名", 25, "名"), date(9, "5月~6月", "2016-05", "2016-06"),
    cnt(10, "15名", 15, "名"), cnt(10, "10名", 10, "名"),
    amt(13, "20,700千円", 20700000, fy=2016),
    fyr(15, "平成27年度", 2015), trap(amt(15, "▲4,030千円", -4030000, role=O, fy=2016), "平成27年度比▲4,030千円", R_CHG),
    cnt(17, "三つ", 3, "つ"),
    fyr(18, "平成27年度", 2015), cnt(18, "37団体", 37, "団体"),
    trap(amt(19, "4,000千円", 4000000, role=S, fy=2016), "助成額 (文化・スポーツ活動)", R_AWD),
    trap(amt(19, "2,000千円", 2000000, role=O, fy=2016), "上期・下期 各2,000千円", "a half-year part of the 助成額 (a breakdown)"),
    trap(amt(20, "10万円~20万円", 100000, 200000, role=S, fy=2016), "1団体に対する助成額", R_PER),
    cnt(21, "2回", 2, "回"), date(21, "5月~6月", "2016-05", "2016-06"), date(21, "11月~12月", "2016-11", "2016-12"),
    fyr(22, "平成27年度", 2015), cnt(22, "4団体", 4, "団体"),
    cnt(23, "6団体", 6, "団体"),
    trap(amt(24, "1,000千円", 1000000, role=S, fy=2016), "助成額 (B+C通年合計)", R_AWD),
    trap(amt(25, "5万円~10万円", 50000, 100000, role=S, fy=2016), "1団体に対する助成額", R_PER),
    amt(31, "7,280千円", 7280000, fy=2016), fyr(31, "平成27年度", 2015),
    trap(amt(31, "▲260千円", -260000, role=O, fy=2016), "平成27年度比▲260千円", R_CHG),
    cnt(34, "2回", 2, "回"), date(34, "4月", "2016-04"), date(34, "10月", "2016-10"),
]
MIN = "(公財)東邦銀行教育・文化財団"
ROWS = [
    dict(line=13, text="20,700千円", budget_yen=20700000, fy=2016, program="奨学資金の給付", role=B, ministry=MIN,
         why="`事業予算額` / `20,700千円` (事業別・収支予算書の事業費) closing the 事業 of the 平成28年度事業計画"),
    dict(line=31, text="7,280千円", budget_yen=7280000, fy=2016, program="各種活動団体への助成および顕彰", role=B,
         ministry=MIN, why="`事業予算額` / `7,280千円` closing the 事業 2 of the 平成28年度事業計画"),
]
NOT_ROWS = traps(M)
