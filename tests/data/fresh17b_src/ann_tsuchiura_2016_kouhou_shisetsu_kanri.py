from kinds import amt, dur, fyr, pct, trap, traps

DOC = "tsuchiura_2016_kouhou_shisetsu_kanri"
# 広報つちうら 2016年10月中旬号 p.7 (土浦市 tells its citizens of its 公共施設等総合管理計画) on its e-book site: chrome, then
# two charts flattened with their axes (`(億円)120.0100.0…`, `16.53.01倍49.81.64倍…`: bare cells and ratios, no mentions)
# and a garbled two-column text. Money: the yearly amount needed over 40 years (`年間必要額(推計)49.8億円`), the past
# five years' yearly average of investment (`投資的経費(5年平均)16.8億円`, `は平均16・5億円です`) and the yearly shortfall
# (`年間33.3億円の不足`): all per year (fresh13b's `年あたり`, `/年`), `other`, fy null, traps. The issue name
# `2016年10月中旬号` is no date (fresh13b's 広報えびな `2015年1月15日号`: a named issue); `No.1181`, `7/16` no mentions.
# Axis `H28 30 35 … 67(年度)`: `H28` a fiscal year (GUIDE's era abbreviations); the bare ticks after it no mentions
# (era-less two-digit years, fresh16a; arguable: a reader could carry the era along the axis, +8 fiscal years).
# Garbled tail, whole tokens only (fresh13b's 海老名市): `40年` twice (`40年後`, `今後40年間` split) durations, `5年間`
# a duration; `49・` / `8。億` split from each other, no mention (a reader could join them: 49.8億円 per year, once more).
# `30%縮減` twice percents; `(5年平均)` a duration of 5 years.
O = "other"
M = [
    trap(amt(11, "49.8億円", 4980000000, role=O, per="year"), "建築物施設の改修・更新費用 年間必要額(推計)",
         "a yearly average of a renewal-cost estimate, no budget"),
    dur(11, "5年", 5, "year"),
    trap(amt(11, "16.8億円", 1680000000, role=O, per="year"), "投資的経費 (5年平均)",
         "a past yearly average of investment, no budget"),
    fyr(11, "H28", 2016),
    pct(11, "30%", 30), pct(11, "30%", 30), dur(11, "40年", 40, "year"),
    trap(amt(11, "16・5億円", 1650000000, role=O, per="year"), "直近5年間の施設整備関連費用 平均",
         "a past yearly average of investment, no budget"),
    dur(11, "5年間", 5, "year"), dur(11, "40年", 40, "year"),
    trap(amt(11, "33.3億円", 3330000000, role=O, per="year"), "年間の不足", "a projected yearly shortfall, no budget"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
