from kinds import amt, cnt, date, pct, trap, traps

DOC = "hre_net_hokkaido_cgc_2014_hosho_shodaku"
# 北海道リアルエコノミー (hre-net) on 北海道信用保証協会's results for the year ended March 2014: 保証承諾 and 代位弁済 totals and
# their split by lender type (件数 and 額), the association's income, spending, balance, its transfer to the fund reserve and
# its 基本財産. Every amount is a RESULT of the guarantee corporation's year: `other`; fy 2013 (`2014年3月期` is the business year
# April 2013 - March 2014, 平成25年度; the two-digit `14年3月期` / `13年3月期` are no mentions but `14年3月期` fixes the same year);
# the totals and the large parts are traps. `2014年3月期` a date (2014-03, as `2019年1-3月期` row labels are dates). The middle
# dot is the paper's decimal point (`0・6%` → 0.6, fresh19a's `1・8%`); decreases keep the written value (`0・6%減` → 0.6);
# `0・49ポイント` / `2・1ポイント` (percentage points) no mention; `3万3451件`, `1万4829件` counts with 万. `昨年4月` (the item
# writes no year of its own) no mention; `P1080280` a photo id.
O = "other"
RES = "a guarantee corporation's result for the year (guarantees, subrogations, income), not a budget"
FY = 2013
M = [
    date(1, "2014年3月期", "2014-03"),
    pct(1, "0・6%", 0.6),
    trap(amt(1, "3988億2200万円", 398822000000, role=O, fy=FY), "保証承諾額", RES),
    pct(1, "21・3%", 21.3),
    trap(amt(1, "182億4200万円", 18242000000, role=O, fy=FY), "代位弁済額", RES),
    pct(1, "2・09%", 2.09),
    pct(2, "4・4%", 4.4),
    cnt(2, "3万3451件", 33451, "件"),
    pct(2, "0・6%", 0.6),
    trap(amt(2, "3988億2200万円", 398822000000, role=O, fy=FY), "保証承諾額", RES),
    cnt(3, "1万4829件", 14829, "件"),
    trap(amt(3, "1288億900万円", 128809000000, role=O, fy=FY), "保証承諾額 信用金庫", RES),
    cnt(3, "8099件", 8099, "件"),
    trap(amt(3, "1171億4300万円", 117143000000, role=O, fy=FY), "保証承諾額 第二地銀", RES),
    cnt(3, "7469件", 7469, "件"),
    trap(amt(3, "1254億500万円", 125405000000, role=O, fy=FY), "保証承諾額 地銀", RES),
    cnt(3, "2621件", 2621, "件"),
    trap(amt(3, "185億1200万円", 18512000000, role=O, fy=FY), "保証承諾額 信用組合", RES),
    pct(4, "21・3%", 21.3),
    trap(amt(4, "182億4200万円", 18242000000, role=O, fy=FY), "代位弁済額", RES),
    cnt(4, "1061件", 1061, "件"),
    trap(amt(4, "70億9826万円", 7098260000, role=O, fy=FY), "代位弁済額 信用金庫", RES),
    cnt(4, "628件", 628, "件"),
    trap(amt(4, "53億7228万円", 5372280000, role=O, fy=FY), "代位弁済額 第二地銀", RES),
    cnt(4, "349件", 349, "件"),
    amt(4, "40億4028万円", 4040280000, role=O, fy=FY),
    cnt(4, "213件", 213, "件"),
    amt(4, "12億4840万円", 1248400000, role=O, fy=FY),
    trap(amt(5, "113億3800万円", 11338000000, role=O, fy=FY), "経常収入", RES),
    trap(amt(5, "77億7300万円", 7773000000, role=O, fy=FY), "経常支出", RES),
    amt(5, "35億6500万円", 3565000000, role=O, fy=FY),
    pct(5, "68・6%", 68.6),
    amt(5, "32億8000万円", 3280000000, role=O, fy=FY),
    amt(5, "7400万円", 74000000, role=O, fy=FY),
    amt(5, "22億円", 2200000000, role=O, fy=FY),
    trap(amt(5, "495億円", 49500000000, role=O, fy=FY), "基本財産総額", "the corporation's endowment (a stock), not a budget"),
    amt(5, "22億円", 2200000000, role=O, fy=FY),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
