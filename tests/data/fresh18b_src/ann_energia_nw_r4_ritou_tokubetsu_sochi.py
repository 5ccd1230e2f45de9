from kinds import amt, date, trap, traps

DOC = "energia_nw_r4_ritou_tokubetsu_sochi"
# 中国電力ネットワーク's press release (energia.co.jp/nw/press/2022/14442, December 2022): its special measure for the
# customers of remote islands and last-resort supply under the national 電気・ガス価格激変緩和対策事業, the period, and what a low
# voltage customer using 260kWh a month saves: `毎月1,820円(税込)` (January to August usage) and `910円(税込)` (September):
# `support` (a household's relief), the first per `month` (`毎月` beside it: fresh's and fresh6a's `月N円`), the second per
# null (one month's usage named), fy null, traps (NEW kind: the relief of a model household). Dates: `2023年1月使用分から
# 9月使用分` two points (lines 2 and 9), `本年12月2日` 2022-12-02 (the release's year, from its address), `2023年1月使用分から
# 8月使用分` and `2023年9月使用分` points (lines 12 and 13). `1月当たり` a rate word (per month: no duration); `260kWh`,
# `1キロワット時` physical units; `電気事業法第20条第2項` a law's article; `※1` … note marks: no mentions.
S = "support"
M = [
    date(2, "2023年1月", "2023-01"), date(2, "9月", "2023-09"),
    date(3, "12月2日", "2022-12-02"),
    date(9, "2023年1月", "2023-01"), date(9, "9月", "2023-09"),
    date(12, "2023年1月", "2023-01"), date(12, "8月", "2023-08"),
    trap(amt(12, "1,820円", 1820, role=S, per="month"), "低圧 260kWh/月 の家庭の値引き額 (2023年1月~8月使用分, 毎月)",
         "a model household's monthly discount (a relief size), not a budget row"),
    date(12, "2023年9月", "2023-09"),
    trap(amt(12, "910円", 910, role=S), "低圧 260kWh/月 の家庭の値引き額 (2023年9月使用分)",
         "a model household's discount for one month (a relief size), not a budget row"),
    date(13, "2023年1月", "2023-01"), date(13, "8月", "2023-08"), date(13, "2023年9月", "2023-09"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
