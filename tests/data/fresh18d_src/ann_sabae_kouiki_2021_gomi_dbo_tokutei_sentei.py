from kinds import cnt, date, pct

DOC = "sabae_kouiki_2021_gomi_dbo_tokutei_sentei"
# 鯖江広域衛生施設組合 (福井県) selected its 新ごみ焼却施設 DBO as a 特定事業, as a construction paper reports it
# (senmonshi.com). The page names no year; the schedule fixes it (`10月中旬…公告`, `落札者の決定は22年6月上旬`): 2021.
# `24日` (month not written) takes only the year, 2021. `4・6パーセントの縮減` the VFM, a percent (`・` the decimal point).
# `設計・施工が26年3月31日まで` an end with no start written, a deadline null..2026-03-31, at_most (GUIDE `10月まで`); `26年4月1日
# から46年3月31日まで` two points. `49トン/24h×2炉` a count of 炉 (as 東総's `2炉`); `20トン/5h` (a rate in tonnes), `第15号
# 11番地` (an address), `約1・2ヘクタール` (an area) no mentions. No amount on the page.
M = [
    date(1, "24日", "2021"),
    pct(2, "4・6パーセント", 4.6),
    date(3, "10月", "2021-10"), date(3, "22年6月", "2022-06"),
    cnt(4, "2炉", 2, "炉"),
    date(5, "26年3月31日", None, "2026-03-31", q=("at_most",)), date(5, "26年4月1日", "2026-04-01"),
    date(5, "46年3月31日", "2046-03-31"),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
