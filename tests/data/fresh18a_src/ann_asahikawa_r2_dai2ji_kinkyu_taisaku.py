from kinds import amt, date, trap, traps

DOC = "asahikawa_r2_dai2ji_kinkyu_taisaku"
# 北海道旭川市's page on its 第2次緊急対策 (COVID-19 package) in the 令和2年 third extraordinary session's supplementary
# (`令和2年3臨・補正予算規模 18.4億円`): the package's size and its `うち地方創生臨時交付金対象 6.6億円` supplementary_budget,
# fy 2020, traps (package total, part of it); the `一般財源` figures beside each (`1.1億円`, `0円`, `9千万円` …) are the
# share paid from general revenue: `other` (a funding breakdown, fresh5a's revenue items), fy 2020, traps (NEW for a
# package: a reader could give them the role of the figure they qualify). The measures with their own `【補正額】`
# (`⑴医療提供、検査体制の充実 2億7千万円`, `⑵感染拡大防止 5千万円`) are rows; the `(小計)` lines under ⑴ (`2億3千万円`,
# `4千万円`) are breakdowns of that row, traps. `令和2年` (of `令和2年3臨`) a date 2020; `第2次`, `フェーズ2`, `第2波`, list
# numbers, `⑴` `⑵`: no mentions.
S, O = "supplementary_budget", "other"
F = "一般財源 (a funding breakdown)"
W = "a measure's 【補正額】 in the 令和2年3臨 supplementary (第2次緊急対策)"
M = [
    date(4, "令和2年", "2020"),
    trap(amt(4, "18.4億円", 1840000000, role=S, fy=2020), "第2次緊急対策 補正予算規模", "package total"),
    trap(amt(4, "1.1億円", 110000000, role=O, fy=2020), "同 一般財源", F),
    trap(amt(5, "6.6億円", 660000000, role=S, fy=2020), "うち地方創生臨時交付金対象", "part of a package total"),
    trap(amt(5, "0円", 0, role=O, fy=2020), "同 一般財源", F),
    amt(19, "2億7千万円", 270000000, role=S, fy=2020),
    trap(amt(19, "9千万円", 90000000, role=O, fy=2020), "⑴ 一般財源", F),
    trap(amt(23, "2億3千万円", 230000000, role=S, fy=2020), "⑴ 小計 (入院病床確保・検査等)", "a breakdown of a measure"),
    trap(amt(23, "9千万円", 90000000, role=O, fy=2020), "小計の一般財源", F),
    trap(amt(26, "4千万円", 40000000, role=S, fy=2020), "⑴ 小計 (搬送手段・看護師等)", "a breakdown of a measure"),
    trap(amt(26, "0千万円", 0, role=O, fy=2020), "小計の一般財源", F),
    amt(27, "5千万円", 50000000, role=S, fy=2020),
    trap(amt(27, "0.1千万円", 1000000, role=O, fy=2020), "⑵ 一般財源", F),
]
ROWS = [
    dict(line=19, text="2億7千万円", budget_yen=270000000, fy=2020, role=S, why=W, program="医療提供、検査体制の充実"),
    dict(line=27, text="5千万円", budget_yen=50000000, fy=2020, role=S, why=W, program="感染拡大防止"),
]
NOT_ROWS = traps(M)
