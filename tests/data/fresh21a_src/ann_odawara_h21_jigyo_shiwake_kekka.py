from kinds import cnt, date, dur

DOC = "odawara_h21_jigyo_shiwake_kekka"
# 神奈川県小田原市's page on its 事業仕分け of 2009-10-03/04 and what followed: counts (`80事業`, the outcomes in `件`,
# `400人あまり` at_least as `余`), `2日間`, dates (`平成21年11月`, `平成22年6月`). The link titles `『平成22年度予算の状況』` and
# `…の平成22年度予算の状況(PDF)` name a document: no fiscal-year mention (GUIDE: years in quoted titles); file sizes `KB` none.
M = [
    date(3, "平成21年10月3日", "2009-10-03"),
    date(3, "4日", "2009-10-04"),
    dur(3, "2日間", 2, "day"),
    cnt(3, "400人", 400, "人", hi=None, q=("at_least",)),
    cnt(4, "80事業", 80, "事業"),
    cnt(4, "24件", 24, "件"),
    cnt(4, "4件", 4, "件"),
    cnt(4, "5件", 5, "件"),
    cnt(4, "46件", 46, "件"),
    cnt(4, "1件", 1, "件"),
    date(14, "平成21年11月", "2009-11"),
    date(18, "平成22年6月", "2010-06"),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
