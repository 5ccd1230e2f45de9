from kinds import cnt, date, fyr

DOC = "kijimadaira_h29_tochitsu_kijun"
# 長野県木島平村's page `平成29年度 統一的な基準による財務書類について` (the first of its pages; no figures in the stored part).
# Dates: `2022年3月31日` (公開日), `2024年4月16日` (更新日), `平成27年1月23日` (the date of the minister's notice `…付総財務第14号`:
# a calendar day written with its `付`, NEW; the notice's number itself no mention), `平成30年3月31日` (作成基準日), the
# 出納整理期間 `平成30年4月1日~5月31日` one range (its year fixed by the line). `…資金収支計算書の4表です` a count of 4 `表` (the
# four named statements; `財務4表` in the next line a name, no mention). `1` / `2` headings list marks.
M = [
    date(4, "2022年3月31日", "2022-03-31"),
    date(5, "2024年4月16日", "2024-04-16"),
    fyr(6, "平成29年度", 2017),
    cnt(11, "4表", 4, "表"),
    date(15, "平成27年1月23日", "2015-01-23"),
    date(16, "平成30年3月31日", "2018-03-31"),
    date(16, "平成30年4月1日~5月31日", "2018-04-01", "2018-05-31"),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
