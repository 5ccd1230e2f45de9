from kinds import amt, cnt, date, trap, traps

DOC = "mobara_2017_kyushoku_pfi_nyusatsu_koukoku"
# 千葉県茂原市's call for tenders (入札公告) of its 学校給食センター再整備 PFI (BTO), as a construction paper reports it
# (senmonshi.com). The page names no year; the schedule fixes it (opening `10月31日`, construction `18年3月〜19年6月`): 2017.
# `19日` (the day of the notice, month not written) takes only the year, 2017 (earlier sets' `A day without its month`
# takes the year it can be fixed to). `9月1日まで` a deadline null..2017-09-01, at_most; `12月中旬` 2017-12 (中旬 dropped).
# `予定価格は60億7447万2000円(消費税抜き)`: the estimated price of the contract, `other`, fy null, a trap (fresh14c).
# `事業期間は2034年8月31日` a date point; `2006年4月1日から` a date (から a point); `06年4月1日から` no mention (blind audit:
# was 2006-04-01; a two-digit year without an era, GUIDE; fresh16c's `22年5月`, fresh17c's `19年4~5月`). `総合評点が1000点以上`
# a count of 点 at_least (fresh14c call 4: scores are counts of 点); `1回1500食以上` and `1日3000食以上` counts of 食 at_least
# (`1回`, `1日` rate markers, fresh14c); `最大給食数6500食` a count at_most (fresh14c's `最大調理能力は1700食/日`). The
# schedule's `18年3月〜19年6月`, `19年7月〜8月`, `19年9月〜34年8月`: two-digit years, no mentions (blind audit: were three
# date ranges), though they fix the notice's year.
# `第2条`, `1868番地1`, `1万6613・63u`, `約9000u` (areas, `u` for ㎡): no mentions.
O = "other"
M = [
    date(1, "19日", "2017"), date(1, "9月1日", None, "2017-09-01", q=("at_most",)), date(1, "10月31日", "2017-10-31"),
    date(1, "12月", "2017-12"),
    trap(amt(1, "60億7447万2000円", 6074472000, role=O), "茂原市学校給食センター再整備事業 予定価格 (消費税抜き)",
         "the estimated price of a PFI contract put out to tender, not a budget"),
    date(1, "2034年8月31日", "2034-08-31"),
    date(3, "2006年4月1日", "2006-04-01"),
    cnt(4, "1000点", 1000, "点", None, q=("at_least",)),
    cnt(5, "1500食", 1500, "食", None, q=("at_least",)), cnt(5, "3000食", 3000, "食", None, q=("at_least",)),
    cnt(6, "6500食", None, "食", 6500, q=("at_most",)),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
