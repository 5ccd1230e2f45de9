from kinds import amt, cnt, date, fyr, pct, trap, traps

DOC = "senmonshi_2025_mlit_gaisan"
# 国土交通省's 2025年度 概算要求 as the trade paper at senmonshi.com reports it (dated `2024/08/28`): budget FY2025,
# TOTALS ONLY — the programmes it names (国土強靱化, 資材価格の高騰, 北陸新幹線, the 5か年加速化対策) are 事項要求 with no
# figure, so the deck has no row (fresh25b: programmes named without figures give no row). The headline's rounded
# `7兆円` and `7兆0330億円` the ministry total, `6兆2899億円` the 公共事業関係費 class: traps. NEW, arguable: the
# `(事業費14兆6778億円)` beside the class — the works' total cost including others' shares, not the ministry's
# appropriation — `other` FY2025, a trap. `20%を上限に` a cap of the request rule: percent null..20, at_most (GUIDE
# `上限`). `18・1%`, `18・9%` (`・` a decimal point, fresh6a). Era-less `24年度`, `25年度`, `21年度` no mentions
# (fresh4); `5か年加速化対策` a name (fresh24a); `3本柱` 3 本; `6月に閣議決定` 2024-06; `8月27日` 2024-08-27.
B, O, FY = "budget", "other", 2025
M = [
    date(4, "2024/08/28", "2024-08-28"),
    trap(amt(5, "7兆円", 7000000000000, fy=FY), "国交省概算要求 (headline)", "the ministry's request total, rounded"),
    date(6, "8月27日", "2024-08-27"),
    trap(amt(6, "7兆0330億円", 7033000000000, fy=FY), "一般会計への要求額", "the ministry's request total"),
    fyr(6, "2025年度", FY), pct(6, "18・1%", 18.1), pct(6, "18・9%", 18.9),
    trap(amt(6, "6兆2899億円", 6289900000000, fy=FY), "公共事業関係費への要求額", "a class total"),
    trap(amt(6, "14兆6778億円", 14677800000000, role=O, fy=FY), "事業費", "the works' total cost, not an appropriation"),
    cnt(7, "3本柱", 3, "本"), pct(7, "20%", None, 20, q=("at_most",)),
    date(9, "6月", "2024-06"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
