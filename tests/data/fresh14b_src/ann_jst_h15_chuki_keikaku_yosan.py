from kinds import amt, date, trap, traps

DOC = "jst_h15_chuki_keikaku_yosan"
# 独立行政法人科学技術振興機構's 中期計画 (平成15年10月), its III 予算: the plan period's budget table `平成15年10月~平成19年3月
# 予算 (総計)`, the labels one a line and then the cells one a line under `区別 金額(単位:百万円)` (運営費交付金 `323,164`,
# … `計 373,632`; 一般管理費 … 事業費 and its six 関係経費 … `計 373,632`): bare cells, no mentions (fresh11a's NICT
# 予算計画, fresh12d, issue 22), however budget-like their rows. `[人件費の見積り] 期間中総額 17,151百万円 を支出する`: the
# personnel cost over the plan period, `other` (a breakdown), fy null (a span of three and a half years names no one
# fiscal year), a trap (fresh11a's NICT `期間中総額4,470百万円`). Dates: the plan's `平成15年10月` and the period's two ends
# `平成15年10月~平成19年3月` (GUIDE: two points). The formula's `α1`, `α2`, `(y-1)`, `[注釈1]`, `III`, `1.`: no mentions.
M = [
    date(3, "平成15年10月", "2003-10"), date(7, "平成15年10月", "2003-10"), date(7, "平成19年3月", "2007-03"),
    trap(amt(59, "17,151百万円", 17151000000, role="other"), "人件費の見積り 期間中総額",
         "an estimate of personnel cost over the plan period (a breakdown), not a programme's budget of a year"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
