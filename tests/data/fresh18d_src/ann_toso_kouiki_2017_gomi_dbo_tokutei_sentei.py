from kinds import amt, cnt, date, dur, pct, trap, traps

DOC = "toso_kouiki_2017_gomi_dbo_tokutei_sentei"
# 東総地区広域市町村圏事務組合 (千葉県, 旭市 and 銚子市's joint body) selected its 広域ごみ処理施設 DBO as a 特定事業, as a
# construction paper reports it (senmonshi.com). The page names no year; the schedule fixes it (`昨年12月に実施方針`,
# `新年度予算…(17〜20年度)`, `4月上旬に…公告`): the article is of early 2017, `昨年12月` 2016-12. `先月28日付` (month not
# written) takes only the year, 2017 (a day without its month). `事業契約締結日から2021年3月まで` the close of a range, a date
# without qualifier (fresh14c call 6); in `21年4月から41年3月までの20年間` the two-digit years are no mentions, the duration
# one (blind audit: two dates 2021-04 / 2041-03 dropped; GUIDE: a year without an era or four digits; fresh16c, fresh17c).
# `新年度予算で…限度額209億9250万円(17〜20年度)`, `限度額166億7254万円(17〜40年度)の債務負担行為`: debt-burden ceilings of the
# construction and the
# operation, `other`, at_most, min null, fy null, traps (fresh11b; budgets_tables); `17〜20年度`, `17〜40年度` and `18年1月`
# two-digit years, no mentions (blind audit: were two fiscal-year ranges and a date; fresh17e's `17~19年度`). `4項目` a count;
# `5・9%の縮減` the VFM, a percent (`・` the decimal point). `102t×2炉` a count of 炉 (NEW, arguable: a reader could leave the furnaces
# uncounted, −1); `日量204t`, `日量7t`
# (tonnes), `約4万8000u` (an area), `旭市ハの612―1`, `1678番1` (addresses), `@`/`A`/`B`/`C` (list marks) no mentions.
O = "other"
M = [
    date(1, "28日", "2017"), date(1, "2021年3月", "2021-03"),
    dur(1, "20年間", 20, "year"), date(1, "12月", "2016-12"), date(1, "4月", "2017-04"), date(1, "10月", "2017-10"),
    trap(amt(2, "209億9250万円", None, 20992500000, role=O, q=("at_most",)),
         "広域ごみ処理施設建設事業 債務負担行為 限度額 (17〜20年度)",
         "a debt-burden ceiling over four fiscal years for a DBO contract's construction, not a year's budget"),
    trap(amt(2, "166億7254万円", None, 16672540000, role=O, q=("at_most",)),
         "広域ごみ処理施設運営事業 債務負担行為 限度額 (17〜40年度)",
         "a debt-burden ceiling over 24 fiscal years for a DBO contract's operation, not a year's budget"),
    cnt(3, "4項目", 4, "項目"), pct(3, "5・9%", 5.9),
    cnt(4, "2炉", 2, "炉"),
    date(5, "10月", "2017-10"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
