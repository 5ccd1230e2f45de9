from kinds import amt, cnt, date, dur, trap, traps

DOC = "osaki_kigyo_toshi_sokushin_shoreikin"
# 宮城県大崎市's 企業投資促進奨励金 page (its opening; the amounts by investment band are not in the stored text): the
# window `平成26年4月1日から平成30年3月31日までに` two dates (GUIDE: the two ends of `XからYまで` are two points), the
# investment threshold `5千万円以上` `support`, at_least (dev10c), a trap; `新規雇用者3人以上` a count at_least; `1年以上`
# at_least, `3年以内` at_most, `1年`, `30日以内` at_most durations. `第341条` no mention.
S = "support"
AM, AL = ("at_most",), ("at_least",)
M = [
    date(12, "平成26年4月1日", "2014-04-01"),
    date(12, "平成30年3月31日", "2018-03-31"),
    trap(amt(14, "5千万円", 50000000, None, role=S, q=AL), "企業投資促進奨励金 投下固定資産額 要件", "an investment threshold"),
    cnt(18, "3人", 3, "人", None, q=AL),
    dur(18, "1年", 1, "year", None, q=AL),
    dur(19, "3年", None, "year", 3, q=AM),
    dur(21, "1年", 1, "year"),
    dur(21, "30日", None, "day", 30, q=AM),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
