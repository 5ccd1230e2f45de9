from kinds import amt, date, fyr, trap, traps

DOC = "goto_r6_reigetsu_2024_02"
# 長崎県五島市's 監査委員: 令和6年度例月財務監査結果報告・措置状況 (令和6年2月分), a monthly audit of payment vouchers with
# one finding: a purchase of `5,170円` paid to the wrong vendor, then refunded by it. `5,170円` ×2: `other` (a payment, a
# refund), fy null (no fiscal year labels the purchase; the audit year 令和6年度 is the audit's, not the money's:
# NEW, arguable), traps. `令和6年度` in the title a fiscal year; `令和6年2月分` a month (date); publication and措置 dates.
O = "other"
t = trap
P = "a payment made to the wrong vendor and refunded: no budget"
M = [
    fyr(1, "令和6年度", 2024), date(1, "令和6年2月", "2024-02"),
    date(2, "2024年11月29日", "2024-11-29"),
    date(4, "令和6年5月31日", "2024-05-31"),
    date(6, "令和6年11月15日", "2024-11-15"),
    date(7, "令和6年11月22日", "2024-11-22"),
    date(10, "令和6年2月", "2024-02"),
    date(19, "令和6年2月", "2024-02"), date(19, "令和5年12月22日", "2023-12-22"),
    t(amt(19, "5,170円", 5170, role=O), "消耗品の請求額 (業者A)", P),
    date(19, "令和6年1月5日", "2024-01-05"), date(19, "令和6年2月14日", "2024-02-14"),
    t(amt(19, "5,170円", 5170, role=O), "業者Bから振り込まれた額", P),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
