from kinds import amt, cnt, date, dur, pct, trap, traps

DOC = "kanazawa_2017_sogo_kanri_keikaku_an_senmonshi"
# 金沢市's draft 公共施設等総合管理計画 as 北陸工業新聞社 reports it on senmonshi.com (2017/02/15): the cost of renovating and
# renewing the city's facilities to 2060 (`8310億円`, headline and body) and its yearly average (`年平均では189億円`,
# twice: per year, fresh13b). `other`, fy null, traps (brief; fresh13b; the paper adds that the figure does not bind the
# city's budget). `2060年まで` a deadline date null..2060 at_most (GUIDE `10月まで`); `13日` the committee's day
# 2017-02-13 (the paper's date 2017/02/15: a day without its month takes the one it can be fixed to, fresh2);
# `昭和40年代以降` a decade with `以降`: 1965..null at_least (GUIDE decades and `以降`, arguable: a reader could close it at
# 1974). Two-digit years (`60年までで`, `15年4月1日現在`, `12〜14年度`) no mentions (fresh16a). `936施設` a count; `約57%` a
# percent; `築後30年以上` a duration 30..null at_least. `約169万平方メートル`, `2168キロ` … lengths and areas no kind;
# `約2・1倍` a ratio.
O = "other"
T = "a renewal-cost estimate to 2060 (公共施設等総合管理計画 案), no budget"
Y = "a yearly average of a renewal-cost estimate, no budget"
M = [
    date(5, "2017/02/15", "2017-02-15"),
    trap(amt(6, "8310億円", 831000000000, role=O), "改修・更新費 (見出し)", T),
    date(7, "13日", "2017-02-13"), date(7, "2060年", None, "2060", q=("at_most",)),
    trap(amt(7, "8310億円", 831000000000, role=O), "2060年まで保有し続けた場合の改修・更新費用 総額", T),
    trap(amt(7, "189億円", 18900000000, role=O, per="year"), "改修・更新費用 年平均", Y),
    cnt(8, "936施設", 936, "施設"), dur(8, "30年", 30, "year", hi=None, q=("at_least",)), pct(8, "57%", 57, q=("approx",)),
    date(9, "昭和40年代", "1965", None, q=("at_least",)),
    trap(amt(10, "189億円", 18900000000, role=O, per="year"), "改修・更新費の試算 年平均", Y),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
