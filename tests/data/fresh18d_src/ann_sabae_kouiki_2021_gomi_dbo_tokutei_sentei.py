from kinds import cnt, date, pct

DOC = "sabae_kouiki_2021_gomi_dbo_tokutei_sentei"
# 鯖江広域衛生施設組合 (福井県) selected its 新ごみ焼却施設 DBO as a 特定事業, as a construction paper reports it
# (senmonshi.com). The page names no year; the schedule fixes it (`10月中旬…公告`, `落札者の決定は22年6月上旬`): 2021.
# `24日` (month not written) takes only the year, 2021. `4・6パーセントの縮減` the VFM, a percent (`・` the decimal point).
# `22年6月上旬`, `設計・施工が26年3月31日まで`, `26年4月1日から46年3月31日まで`: two-digit years without an era, no mentions
# (blind audit: were four dates; GUIDE: a year without an era or four digits; fresh16c's `22年5月`, fresh17c's `19年4~5月`),
# though they fix the article's year. `49トン/24h×2炉` a count of 炉 (as 東総's `2炉`); `20トン/5h` (a rate in tonnes), `第15号
# 11番地` (an address), `約1・2ヘクタール` (an area) no mentions. No amount on the page.
M = [
    date(1, "24日", "2021"),
    pct(2, "4・6パーセント", 4.6),
    date(3, "10月", "2021-10"),
    cnt(4, "2炉", 2, "炉"),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
