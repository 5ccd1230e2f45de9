from kinds import amt, cnt, date, fyr, trap, traps

DOC = "yasugi_yellow_bus_kessan"
# 島根県安来市's 決算事項別明細書 sheet of its バス事業費 (イエローバス運行事業, the 広域生活バス the city took over in 2004), as
# expydoc.com stores it: every table cell on its own line, the header words split into single characters. The sheet writes
# no fiscal year of its own (only `事業開始年度 平成12年度`): every amount's fy is null. The cells, read by their sums: (A)
# `220,079,136 円` is the 決算額 (事業費) = 県定額 `31,869,000 円` + 地方債 `0 円` + その他 (使用料) `56,121,745 円` + 一般財源
# `132,088,391 円`; (B) `12,630,750 円` the 人件費コスト of `1.65人役`; `232,709,886 円` = (A)+(B) the 総事業費; the second block
# `217,488,136円` = `31,044,000円` + `0円` + `56,121,745円` + `130,322,391円` another split of the same kind (its label is lost in
# the flattening). `221,229,000 円`, the one round figure, stands after the split `予 算 科 目` and is read as the 予算額: `budget`,
# the programme's row (ambiguous: the flattening puts it beside 予算科目, not beside 予算額). Settlement, sources, staff cost and
# totals are `other`, traps. The fare `200円` `other`. Counts: `1.65人役`, `15路線`, `54系統`, `431,909人`. The cut `1,1` (km)
# and the codes (`40`, `20`, `51`, `01`, `07`, `P85`) are no mentions; `75歳以上` an age.
O = "other"
M = [
    fyr(13, "平成12年度", 2000),
    trap(amt(28, "220,079,136 円", 220079136, role=O), "決算額 (事業費 A)", "the year's settlement, not the budget"),
    trap(amt(30, "31,869,000 円", 31869000, role=O), "県定額 (財源内訳)", "a funding source of the settlement"),
    amt(33, "0 円", 0, role=O),
    trap(amt(34, "56,121,745 円", 56121745, role=O), "その他 使用料 (財源内訳)", "fare revenue, a funding source"),
    trap(amt(39, "132,088,391 円", 132088391, role=O), "一般財源 (財源内訳)", "the general-revenue part of the settlement"),
    cnt(40, "1.65人役", 1.65, "人役"),
    trap(amt(41, "12,630,750 円", 12630750, role=O), "人件費コスト (B)", "staff cost added to the programme's cost"),
    amt(50, "221,229,000 円", 221229000),
    trap(amt(79, "217,488,136円", 217488136, role=O), "second split total", "a total of a funding split"),
    trap(amt(79, "31,044,000円", 31044000, role=O), "国・県支出金 of the second split", "a funding source"),
    trap(amt(80, "232,709,886 円", 232709886, role=O), "総事業費 (A)+(B)", "settlement plus staff cost, not a budget"),
    amt(83, "0円", 0, role=O),
    trap(amt(83, "56,121,745円", 56121745, role=O), "その他 of the second split", "a funding source"),
    trap(amt(83, "130,322,391円", 130322391, role=O), "一般財源 of the second split", "a funding source"),
    date(84, "平成12年4月", "2000-04"),
    date(85, "平成16年", "2004"),
    amt(88, "200円", 200, role=O),
    cnt(93, "15路線", 15, "路線"),
    cnt(93, "54系統", 54, "系統"),
    cnt(95, "431,909人", 431909, "人"),
]
ROWS = [dict(line=50, text="221,229,000 円", fy=None, budget_yen=221229000, program="イエローバス運行事業 (バス事業費)",
             aliases=["バス事業費", "広域生活バス運行事業"], role="budget", ambiguous=True,
             why="the sheet's 予算額 of the bus programme (the round figure; the settlement 220,079,136 円 is below it)",
             note="the flattened cells put it after 予算科目, not beside 予算額; the sheet names no fiscal year")]
NOT_ROWS = traps(M)
