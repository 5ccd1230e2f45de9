from kinds import amt, date, fyr, trap, traps

DOC = "yugawara_zaimu_shorui_gaiyo"
# 神奈川県湯河原町's page on its 財務書類 (基準モデル from 平成22年度決算, 統一的な基準 from 平成28年度決算) with the balance sheet
# at `令和5年3月31日現在` in `一般会計` / `連結` columns, each cell written with its unit (`38,442百万円`): balances, `other`,
# fy 2022 (the year that ends on 令和5年3月31日; fy from a date, fresh14d call 6 / fresh20b), traps; the `連結` column too (the
# town with its enterprises and 一部事務組合). `(単位 百万円)` above cells that carry their own unit: the cells are mentions.
# The cut last line's `11,` (a number without its unit) no mention. `財務書類4表` a name; `ページID:0001430` no mention.
# Dates: `2024年4月19日`, `平成18年8月31日` (the vice-minister's notice), `令和5年3月31日`; fiscal years `平成22年度`, `平成28年度`.
O = "other"
BAL = "a balance-sheet balance at the year's end (一般会計 or 連結), not a budget"
M = [
    date(4, "2024年4月19日", "2024-04-19"),
    date(6, "平成18年8月31日", "2006-08-31"),
    fyr(7, "平成22年度", 2010),
    fyr(8, "平成28年度", 2016),
    date(13, "令和5年3月31日", "2023-03-31"),
    trap(amt(18, "38,442百万円", 38442000000, role=O, fy=2022), "固定資産 一般会計", BAL),
    trap(amt(19, "62,134百万円", 62134000000, role=O, fy=2022), "固定資産 連結", BAL),
    trap(amt(21, "2,040百万円", 2040000000, role=O, fy=2022), "流動資産 一般会計", BAL),
    trap(amt(22, "4,859百万円", 4859000000, role=O, fy=2022), "流動資産 連結", BAL),
    trap(amt(24, "40,482百万円", 40482000000, role=O, fy=2022), "資産合計 一般会計", BAL),
    trap(amt(24, "66,993百万円", 66993000000, role=O, fy=2022), "資産合計 連結", BAL),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
