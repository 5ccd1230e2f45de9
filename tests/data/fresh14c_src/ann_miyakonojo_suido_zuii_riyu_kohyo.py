from kinds import amt, cnt, date, trap, traps

DOC = "miyakonojo_suido_zuii_riyu_kohyo"
# 都城市's 上下水道局 page (city.miyakonojo.miyazaki.jp/site/mizu): the reasons of its negotiated contracts (随意契約理由書)
# published each quarter, with the thresholds of the contracts covered: `契約金額…が130万円を超える工事および製造の請負`
# … (`N万円を超える`: N.., at_least, GUIDE `超`): `other` (contract thresholds), fy null, traps. Quarters `令和7年7月~令和7年9月`
# one date range each; the file names `(令和7年7月から令和7年9月)` two dates each (GUIDE: `XからY` two points; arguable, a
# file's name); `全13件` counts (text `13件`) of contracts; `令和7年3月31日まで` ..2025-03-31 (at_most); `1.47MB` a size (no kind).
# The last line is cut (`が1`): no mention.
O = "other"
R_T = "a threshold of the contract amounts whose reasons are published, not a budget"
M = [
    date(1, "平成25年4月", "2013-04"),
    date(4, "令和7年7月~令和7年9月", "2025-07", "2025-09"), cnt(4, "13件", 13, "件"),
    date(5, "令和7年7月", "2025-07"), date(5, "令和7年9月", "2025-09"),
    date(6, "令和7年4月~令和7年6月", "2025-04", "2025-06"), cnt(6, "13件", 13, "件"),
    date(7, "令和7年4月", "2025-04"), date(7, "令和7年6月", "2025-06"),
    date(8, "令和7年1月~令和7年3月", "2025-01", "2025-03"), cnt(8, "7件", 7, "件"),
    date(9, "令和7年1月", "2025-01"), date(9, "令和7年3月", "2025-03"),
    date(10, "令和6年10月~令和6年12月", "2024-10", "2024-12"), cnt(10, "8件", 8, "件"),
    date(11, "令和6年10月", "2024-10"), date(11, "令和6年12月", "2024-12"),
    date(13, "令和7年3月31日", None, "2025-03-31", q=("at_most",)),
    trap(amt(14, "130万円", 1300000, None, role=O, q=("at_least",)), "工事および製造の請負 130万円を超える", R_T),
    trap(amt(15, "80万円", 800000, None, role=O, q=("at_least",)), "財産の買い入れ 80万円を超える", R_T),
    trap(amt(16, "40万円", 400000, None, role=O, q=("at_least",)), "物件の借り入れ 40万円を超える", R_T),
    trap(amt(17, "50万円", 500000, None, role=O, q=("at_least",)), "業務委託および修繕 50万円を超える", R_T),
    trap(amt(18, "30万円", 300000, None, role=O, q=("at_least",)), "財産の売払いおよび貸し付け 30万円を超える", R_T),
    date(21, "令和7年4月1日", "2025-04-01"),
    trap(amt(22, "200万円", 2000000, None, role=O, q=("at_least",)), "工事および製造の請負 200万円を超える", R_T),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
