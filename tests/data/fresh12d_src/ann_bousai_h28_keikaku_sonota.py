from kinds import amt, date

DOC = "bousai_h28_keikaku_sonota"
# 防災白書 平成28年版, 第3部 (平成28年度の防災に関する計画) 第2章 1 1-4 その他: each measure's prose, then its money one
# cell a line: `28年度予算額` / `164百万円` / `27年度予算額` / `163 ` / `差引増△減` / (`17 `). The labels' `28年度`, `27年度`
# carry no era: no fiscal-year mentions (GUIDE), but they set their figures' fy (fresh11b: a year written once sets
# its figures' fy; the edition 平成28年版 and the 平成 plan years around it make 28年度 = 2016). The year's figure is a
# measure's budget (budget FY2016, a row each). The previous year's cells `163 `, `110 `, `20 ` and the difference `17 `
# are bare numbers (no unit on their own line): no mentions (GUIDE; the unit of `164百万円` is not next to them). NEW,
# arguable: the rows carry the bare previous-year cell as previous_budget_yen (163百万円 etc.): the deck states it for
# the row under its own label `27年度予算額` and the column's unit; a reader making the table would write it.
# `平成28年版` an edition label (GUIDE: no date); `1-4`, `(1)` … `(4)` list numbers; dates in the citations of line 11.
B = "budget"
M = [
    amt(6, "164百万円", 164000000, fy=2016),
    date(11, "平成18年4月21日", "2006-04-21"), date(11, "平成18年12月13日", "2006-12-13"),
    amt(13, "127百万円", 127000000, fy=2016),
    amt(21, "20百万円", 20000000, fy=2016),
]
W = "`28年度予算額` over the figure: the measure's budget of the plan year (防災白書 第3部, 平成28年度の計画)"
ROWS = [
    dict(line=6, text="164百万円", budget_yen=164000000, previous_budget_yen=163000000, fy=2016, program="国土強靱化の推進",
         role=B, ministry="内閣官房", why=W + "; 内閣官房国土強靱化推進室's measure"),
    dict(line=13, text="127百万円", budget_yen=127000000, previous_budget_yen=110000000, fy=2016,
         program="実践的な防災行動推進事業経費", role=B, ministry="内閣府", why=W),
    dict(line=21, text="20百万円", budget_yen=20000000, previous_budget_yen=20000000, fy=2016,
         program="防災ボランティア(多様な主体の)連携促進事業", aliases=["防災ボランティア連携促進事業"], role=B,
         ministry="内閣府", why=W),
]
NOT_ROWS: list = []
