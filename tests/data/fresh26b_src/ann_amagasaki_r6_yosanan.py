from kinds import amt, cnt, date, fyr, trap, traps

DOC = "amagasaki_r6_yosanan"
# 尼崎市's 市報 page (令和6年3月号, via mykoho) on the 令和6年度予算案: the page's tables and charts (`▽予算案の内訳`, `■歳出の主な
# 内訳`, `■特別会計・企業会計の予算`) are images; their legends remain (`かっこ内は前年度と比較したときの増減比率`, `本文・グラフ・
# 表中の金額は100万円未満を四捨五入`), and the figures the text writes with a unit. All FY2024 (the first line's 令和6年度:
# GUIDE, the page labels its figures). The 一般会計's `・歳出 2292億500万円` `budget`, a trap (the account's total); `・歳入`
# the same figure as revenue `other` (fresh9b: a 歳入総額 is a revenue); the 主要な一般財源 `1165億円` (revenue) and the changes
# `26億円増加`, `193億円増加`, `21億円減少` (市債) `other`; the per-resident `50万4000円` `other` (no `per` of the GUIDE's
# vocabulary fits a resident); all traps, no row (no programme is sized). `令和6年1月1日` a date; `45万4620人` a count.
# Not mentions: `100万円未満` (a rounding unit: fresh6c, fresh13c), `ID:1036379`, `ID:1031177`, `※1`.
O, FY = "other", 2024
M = [
    fyr(2, "令和6年度", FY),
    trap(amt(5, "26億円", 2600000000, role=O, fy=FY), "主要な一般財源の増加", "a change of revenue"),
    trap(amt(5, "1165億円", 116500000000, role=O, fy=FY), "主要な一般財源", "a revenue total"),
    trap(amt(6, "193億円", 19300000000, role=O, fy=FY), "歳出の増加", "a change of the account total"),
    trap(amt(10, "2292億500万円", 229205000000, role=O, fy=FY), "一般会計 歳入", "the account's revenue total"),
    trap(amt(11, "2292億500万円", 229205000000, fy=FY), "一般会計 歳出", "the account's total"),
    trap(amt(12, "50万4000円", 504000, role=O, fy=FY), "市民1人当たりの歳入・歳出額", "a per-resident figure"),
    date(12, "令和6年1月1日", "2024-01-01"), cnt(12, "45万4620人", 454620, "人"),
    trap(amt(17, "21億円", 2100000000, role=O, fy=FY), "市債(目標管理対象分)の減少", "a change of debt"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
