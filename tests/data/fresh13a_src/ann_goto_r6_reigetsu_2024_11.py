from kinds import amt, cnt, date, fyr, trap, traps

DOC = "goto_r6_reigetsu_2024_11"
# 五島市's 例月財務監査結果報告 (令和6年11月分): a 指摘事項 on an overpaid charter fee: `用船料1,750,728円(20,842円×84便)`.
# The fee paid and its rate per trip: `other` (a contract's payment and price; `per` has no value for a trip), fy null
# (no fiscal year labels the March 2024 fee), traps. The contract's span `令和4年10月1日から令和7年9月30日まで`: two dates;
# `同月5日`, `同月16日` dates of April 2024 (text `5日`, `16日`); `同年10月` 2024-10 (text `10月`, the deck's last line,
# cut after it); `84便` a count.
O = "other"
t = trap
M = [
    fyr(1, "令和6年度", 2024), date(1, "令和6年11月", "2024-11"),
    fyr(2, "令和6年度", 2024), date(2, "令和6年11月", "2024-11"),
    date(3, "2025年3月7日", "2025-03-07"),
    date(5, "令和7年2月26日", "2025-02-26"),
    date(8, "令和6年11月", "2024-11"),
    date(17, "令和4年10月1日", "2022-10-01"), date(17, "令和7年9月30日", "2025-09-30"),
    date(17, "令和6年4月2日", "2024-04-02"), date(17, "令和6年3月", "2024-03"),
    date(17, "5日", "2024-04-05"), date(17, "16日", "2024-04-16"),
    t(amt(17, "1,750,728円", 1750728, role=O), "用船料 (令和6年3月分) 支払額", "a contract's payment found overpaid"),
    t(amt(17, "20,842円", 20842, role=O), "用船料 1便あたり", "a contract's price per trip"),
    cnt(17, "84便", 84, "便"),
    date(18, "10月", "2024-10"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
