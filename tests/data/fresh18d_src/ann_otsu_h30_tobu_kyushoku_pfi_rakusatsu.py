from kinds import amt, cnt, date, dur, trap, traps

DOC = "otsu_h30_tobu_kyushoku_pfi_rakusatsu"
# 滋賀県大津市's award of its 東部学校給食共同調理場 PFI (BTO) contract, as a construction paper (constnews) reports it. The
# page names no year; the schedule fixes it (`設計・建設・開業準備期間が10月から19年12月末まで`, opening `2020年1月`): the
# award and the year-less `10月` are of 2018. `落札金額は147億6994万2833円(税別)` and `予定価格は148億7000万円(税別)`: contract
# figures of a 16-year contract, `other`, fy null, traps (fresh14c: a PFI award's 落札金額 and 予定価格). Two-digit years
# without an era (`19年12月`, `20年1月`, `34年12月` twice) are no mentions (blind audit: were 20NN dates; GUIDE: a year
# without an era or four digits; fresh16c's `22年5月`, fresh17c's `19年4~5月`), though they fix the year-less `10月`.
# `3カ所` a count of か所; `30年以上` a duration at_least; `1日当たり最大で1万7000食` a count of 食, at_most (`1日当たり` a rate marker,
# fresh14c's `1日当たり3000食以上`);
# `3件目` an ordinal, `栗林町30` an address, `約1万3000平方㍍` an area: no mentions.
O = "other"
M = [
    trap(amt(2, "147億6994万2833円", 14769942833, role=O), "東部学校給食共同調理場整備・運営事業 落札金額 (税別)",
         "the winning bid of a PFI contract (design, build, 15 years of operation), not a budget"),
    date(2, "2020年1月", "2020-01"),
    trap(amt(2, "148億7000万円", 14870000000, role=O), "同 予定価格 (税別)", "the estimated price of a PFI contract, not a budget"),
    cnt(5, "3カ所", 3, "か所"), dur(5, "30年", 30, "year", None, q=("at_least",)),
    cnt(5, "1万7000食", None, "食", 17000, q=("at_most",)),
    date(6, "10月", "2018-10"), dur(6, "15年間", 15, "year"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
