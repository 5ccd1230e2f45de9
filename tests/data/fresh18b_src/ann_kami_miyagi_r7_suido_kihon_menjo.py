from kinds import amt, date, dur, trap, traps

DOC = "kami_miyagi_r7_suido_kihon_menjo"
# 宮城県加美町's 上下水道課 page: the water base fee and meter charge waived for three months (物価高騰に係る緊急経済対策,
# 物価高騰対応重点支援地方創生臨時交付金). The sum waived a month by meter size `2,153円` … `4,573円` (a markdown table whose cells
# carry their unit, under `基本料金等(免除対象金額)`): the relief one customer gets, `support`, per null, fy null, traps (as
# 飛騨市's and 羽生市's). `3か月間` twice durations (`1か月10立方メートルまで` a rate, no duration: audit, fresh13d's
# `1か月`); `令和8年1月請求分から令和8年3月請求分` two month points, `令和8年4月` a point. `10立方メートル`, `13ミリメートル` … physical
# units; headings `1` `2` `3`: no mentions.
S = "support"
SZ = "the base fee and meter charge waived for one customer a month by meter size (a relief size), not a budget row"
SIZES = [(9, "13", "2,153円", 2153), (10, "20", "2,230円", 2230), (11, "25", "2,241円", 2241), (12, "30", "2,318円", 2318),
         (13, "40", "2,351円", 2351), (14, "50", "3,363円", 3363), (15, "75", "4,133円", 4133), (16, "100", "4,573円", 4573)]
M = [
    dur(2, "3か月間", 3, "month"),
    *[trap(amt(ln, t, v, role=S), f"口径{mm}ミリメートル 基本料金等 (免除対象金額, 月)", SZ) for ln, mm, t, v in SIZES],
    date(20, "令和8年1月", "2026-01"), date(20, "令和8年3月", "2026-03"), dur(20, "3か月間", 3, "month"),
    date(21, "令和8年4月", "2026-04"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
