from kinds import amt, cnt, date, fyr, trap, traps

DOC = "zenshigaku_r7_shugaku_shien"
# 全私学新聞 on 文部科学省's 令和7年度 概算要求 for ONE programme (高等教育の修学支援新制度), 2024-09. The request is a
# `事項要求` with no figure, so the only programme money is `令和6年度の予算額は6412億円`: the year before the request's
# (fresh24a's `16年度当初予算…200億円` beside `2017年度`) → previous_budget FY2024, a trap (previous-year figures are
# traps, carried on a row where one pairs; arguable: with no current figure, a reader could take it as the FY2024 row).
# Terms per student: `入学金が26万円`, `授業料が70万円(年額)` under `授業料等減免の上限額は` → support, at_most, min null
# (fresh23a), the second per `year` (`年額`, GUIDE `／年`); `年額91万円` support, per year, no qualifier (no cap word next
# to it); `世帯年収目安600万円程度まで` an income threshold `other`, approx + at_most, min null (fresh24d's thresholds;
# `目安…程度` approx, `まで` at_most). Terms fy null (the scheme's standing terms; `令和7年度から` labels only the 多子世帯
# sentence). `8月29日` 2024-08-29; `9月3日号` an issue label (no date, earlier sets' `N月号`); `令和2年4月から` 2020-04
# (a point); `令和7年度から` 2025 (a point, GUIDE `から`); `3人以上` at_least; `(2)` a part number, `4・5年生` grades,
# `2/3`, `1/3`, `1/4` fractions: no mentions.
SU, O = "support", "other"
M = [
    fyr(1, "令和7年度", 2025),
    date(4, "8月29日", "2024-08-29"), fyr(4, "令和7年度", 2025),
    fyr(5, "令和6年度", 2024),
    trap(amt(5, "6412億円", 641200000000, role="previous_budget", fy=2024), "令和6年度の予算額 (高等教育の修学支援)",
         "the previous year's budget beside a request with no figure (事項要求)"),
    date(5, "令和2年4月", "2020-04"),
    trap(amt(5, "600万円", None, 6000000, role=O, q=("approx", "at_most")), "世帯年収目安600万円程度まで",
         "an income threshold of the eligible households"),
    fyr(5, "令和7年度", 2025), cnt(5, "3人", 3, "人", None, q=("at_least",)),
    trap(amt(5, "26万円", None, 260000, role=SU, q=("at_most",)), "入学金の減免上限額 (私立大学)", "a cap per student"),
    trap(amt(5, "70万円", None, 700000, role=SU, q=("at_most",), per="year"), "授業料の減免上限額 (年額)",
         "a cap per student and year"),
    trap(amt(5, "91万円", 910000, role=SU, per="year"), "給付型奨学金 年額 (私立大学・自宅外生)",
         "a grant per student and year"),
]
ROWS: list = []
NOT_ROWS = traps(M)
