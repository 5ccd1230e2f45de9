from kinds import amt, cnt, date, trap, traps

DOC = "nakagawa_fukuoka_h27_machi_no_kikin"
# 福岡県那珂川町 (now 那珂川市)'s page 町の基金: what funds are for, then ONE figure: the general account's 13 funds total
# `103億6,834万7千円` at `平成28年3月31日`. A balance at a fiscal year's closing date takes that fiscal year: fy 2015 (fresh18c's
# call 2, `令和4年3月31日の残高` → 2021). `other`, a trap. The page's update `2015年2月10日` a date (as stored, the text
# says 平成28年 though the page was last updated in 2015: kept as written). `13の基金` a count of 13 基金 (the counted noun,
# GUIDE).
M = [
    date(4, "2015年2月10日", "2015-02-10"),
    date(15, "平成28年3月31日", "2016-03-31"),
    cnt(15, "13の基金", 13, "基金"),
    trap(amt(15, "103億6,834万7千円", 10368347000, role="other", fy=2015), "一般会計 基金の総額 (平成28年3月31日現在)",
         "a fund balance"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
