from kinds import amt, date, fyr, trap, traps

DOC = "setouchi_r6_juten_shien_kofukin"
# 岡山県瀬戸内市's page on the 物価高騰対応重点支援地方創生臨時交付金 (the national package's grant to municipalities): the
# grant received by the city, `令和5年度分(確定額) 402,487,000円`, `うち令和6年度への繰越分 197,912,000円`, `令和6年度
# (交付決定額) 513,768,000円`, each cell carrying its own `円` (mentions, not bare cells): grants decided for one recipient,
# `support` (fresh15b), traps; fy from the row label (2023, 2023 for the part carried over from that year's grant —
# arguable, 2024 is when it is spent —, 2024). The package's 閣議決定 `令和5年11月2日` and `令和5年11月` dates; the link
# title `【令和5年度】…` a fiscal year (fresh17a's audit: link names' years count); `308KB` a file size: no mention.
P = "support"
G = "a national grant decided for the city (重点支援地方交付金), not a budget row"
M = [
    date(3, "2025年3月31日", "2025-03-31"),
    date(6, "令和5年11月2日", "2023-11-02"), date(6, "令和5年11月", "2023-11"),
    date(8, "令和7年1月15日", "2025-01-15"),
    fyr(9, "令和5年度", 2023),
    trap(amt(9, "402,487,000円", 402487000, role=P, fy=2023), "重点支援地方交付金 令和5年度分 (確定額)", G),
    fyr(10, "令和6年度", 2024),
    trap(amt(10, "197,912,000円", 197912000, role=P, fy=2023), "うち令和6年度への繰越分", G),
    fyr(11, "令和6年度", 2024),
    trap(amt(11, "513,768,000円", 513768000, role=P, fy=2024), "重点支援地方交付金 令和6年度 (交付決定額)", G),
    date(12, "令和6年11月1日", "2024-11-01"),
    fyr(15, "令和5年度", 2023),
    fyr(16, "令和6年度", 2024),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
