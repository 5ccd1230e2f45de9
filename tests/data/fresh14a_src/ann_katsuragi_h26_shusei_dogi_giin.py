from kinds import amt, cnt, date, fyr, trap, traps

DOC = "katsuragi_h26_shusei_dogi_giin"
# 奈良県葛城市: a council member's site quoting the minutes of 平成26年3月25日 (第1回定例会, 第4日): her motion to amend
# the 平成26年度 general-account budget, cutting three items to the reserve. The items are the budget's own figures of
# FY2014 (the heading `平成26年度葛城市一般会計予算に対する修正の動議` labels them, GUIDE's title rule): 議会費 工事請負費
# `1,180万円` (`庁舎5階議会棟の改修の予算であります`: a row, its repeat on line 27 an ambiguous row), 一般管理費 嘱託員報酬
# `2,763万4,000円` (宿日直 by 12 嘱託職員: a row, repeat on line 29 ambiguous), 道路橋りょう費 `3億2,200万円` (a cut inside
# a 項 whose project the stored text does not name: budget, a trap, NEW, arguable). `約1,000万円をかけて改修` restates
# the renovation's budget rounded: budget, approx, a trap (not a second row). NEW, arguable: the amounts a 修正動議
# cuts are the items' budgets (role budget, fy 2014), not changes (the motion moves the whole item to 予備費).
# Session label `平成26年第1回…定例会` a date (2014, fresh11b's `令和二年第四回定例会`); `第4日目`, `議第12号`, `10番`,
# `第115条の3`, `第17条`, `第1款` … are ordinals, numbers and codes: no mentions; `5階` a floor: no mention.
B, FY = "budget", 2014
M = [
    fyr(16, "平成26年度", FY),
    date(17, "平成26年", "2014"),
    date(18, "平成26年3月25日", "2014-03-25"),
    fyr(24, "平成26年度", FY),
    amt(25, "1,180万円", 11800000, fy=FY), amt(25, "2,763万4,000円", 27634000, fy=FY),
    trap(amt(25, "3億2,200万円", 322000000, fy=FY), "道路橋りょう費から減額する額 (事業名は抜粋外)",
         "a cut inside a 項 (a field) whose project the text does not name"),
    amt(27, "1,180万円", 11800000, fy=FY),
    trap(amt(28, "1,000万円", 10000000, fy=FY, q=("approx",)), "議会棟改修 約1,000万円 (rounded restatement)",
         "a rounded restatement of the renovation's budget (the row is 1,180万円)"),
    amt(29, "2,763万4,000円", 27634000, fy=FY), cnt(29, "12名", 12, "名"),
]
MIN = "奈良県葛城市"
ROWS = [
    dict(line=25, text="1,180万円", budget_yen=11800000, fy=FY, program="議会棟改修 (議会費 工事請負費)", role=B, ministry=MIN,
         why="`工事請負費1,180万円`, `庁舎5階議会棟の改修の予算であります` (平成26年度一般会計予算)"),
    dict(line=25, text="2,763万4,000円", budget_yen=27634000, fy=FY, program="宿日直嘱託員報酬 (総務管理費 一般管理費)",
         role=B, ministry=MIN, why="`嘱託員報酬2,763万4,000円`: 宿日直を新規採用の嘱託職員12名に委ねる item of the FY2014 budget"),
    dict(line=27, text="1,180万円", budget_yen=11800000, fy=FY, program="議会棟改修 (議会費 工事請負費)", role=B, ministry=MIN,
         ambiguous=True, why="the same figure repeated in the motion's reasons (fresh10b)"),
    dict(line=29, text="2,763万4,000円", budget_yen=27634000, fy=FY, program="宿日直嘱託員報酬 (総務管理費 一般管理費)",
         role=B, ministry=MIN, ambiguous=True, why="the same figure repeated in the motion's reasons (fresh10b)"),
]
NOT_ROWS = traps(M)
