from kinds import amt, date, fyr, trap, traps

DOC = "ashibetsu_r7_jutaku_kaishu_sokushin_josei"
# 北海道芦別市's page on its grant for home renovation (a flattened table). The scheme's period `令和7年4月1日から令和12年3月
# 31日まで` two points (GUIDE); `令和7年度分` a fiscal year; `令和7年4月1日以降` date..null at_least; `令和8年3月31日までに`
# null..date at_most. `補助限度額18万円`, `補助限度額50万円` caps per household (`support`, at_most); `工事費用が5万円以上`,
# `100万円以上` thresholds of the work the grant is for (`support`, at_least: fresh23c); all fy null (the table carries no
# year; `令和7年度分` labels the window sentence only), traps. `1/5` fractions; `1万円未満の端数` rounding units; the law's
# `平成7年法律第123号`, `第2条第1項` no mentions.
S = "support"
M = [
    date(3, "令和7年4月1日", "2025-04-01"),
    date(3, "令和12年3月31日", "2030-03-31"),
    fyr(3, "令和7年度", 2025),
    date(3, "令和7年4月1日", "2025-04-01", None, q=("at_least",)),
    date(3, "令和8年3月31日", None, "2026-03-31", q=("at_most",)),
    trap(amt(11, "18万円", None, 180000, role=S, q=("at_most",)), "高齢者等住宅改修工事 補助限度額", "a cap per household (support)"),
    trap(amt(11, "5万円", 50000, None, role=S, q=("at_least",)), "高齢者等住宅改修工事 工事費用5万円以上",
         "a threshold of the work the grant is for (support)"),
    trap(amt(15, "50万円", None, 500000, role=S, q=("at_most",)), "耐震改修工事 補助限度額", "a cap per household (support)"),
    trap(amt(16, "100万円", 1000000, None, role=S, q=("at_least",)), "耐震改修工事 費用100万円以上",
         "a threshold of the work the grant is for (support)"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
