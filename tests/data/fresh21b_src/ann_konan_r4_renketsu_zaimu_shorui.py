from kinds import amt, dur, fyr, trap, traps

DOC = "konan_r4_renketsu_zaimu_shorui"
# 愛知県江南市 (広報こうなん 令和6年2月号): the city's 財務書類4表 of 令和4年度 under the 統一的な基準, written as prose lines with
# their own unit (`…億…千万円`). Balance-sheet figures at `期末(令和4年度末)` are balances: `other`, fy 2022 (the year that
# ends; fresh20b), traps; their changes `前年度比+…` `other` fy 2022, traps (fresh10b / fresh14d: a change is no budget).
# The 資金収支計算書: the opening balance `期首(令和3年度末)資金残高` fy 2021 (its own line's year-end), the year's flows
# (当期収支額, 業務 / 投資 / 財務活動収支) fy 2022 (the year between the two year-ends the section names), the closing balance
# `期末(令和4年度末)` fy 2022; negative flows keep their `-` (value negative, GUIDE's ▲). `財務書類4表` a name (no mention,
# an earlier set's `財務4表`); `1.` / `2.` list marks; `1年間` a duration. No rows: a financial statement appropriates nothing.
O = "other"
BAL = "a balance-sheet balance at the year's end (資産・負債・純資産), not a budget"
CHG = "the change of a balance against the year before, not a budget"
CF = "a cash-flow statement's balance or flow of the year, not a budget"
M = [
    fyr(4, "令和4年度", 2022),
    trap(amt(5, "1315億1千万円", 131510000000, role=O, fy=2022), "資産 (令和4年度末)", BAL),
    trap(amt(5, "28億5千万円", 2850000000, role=O, fy=2022), "資産 前年度比", CHG),
    trap(amt(8, "1228億9千万円", 122890000000, role=O, fy=2022), "固定資産", BAL),
    trap(amt(9, "1153億4千万円", 115340000000, role=O, fy=2022), "有形固定資産", BAL),
    trap(amt(10, "18億8千万円", 1880000000, role=O, fy=2022), "無形固定資産", BAL),
    trap(amt(11, "56億8千万円", 5680000000, role=O, fy=2022), "投資その他の資産", BAL),
    trap(amt(12, "86億2千万円", 8620000000, role=O, fy=2022), "流動資産", BAL),
    trap(amt(13, "442億2千万円", 44220000000, role=O, fy=2022), "負債", BAL),
    trap(amt(13, "2億6千万円", 260000000, role=O, fy=2022), "負債 前年度比", CHG),
    trap(amt(15, "872億9千万円", 87290000000, role=O, fy=2022), "純資産", BAL),
    trap(amt(15, "25億9千万円", 2590000000, role=O, fy=2022), "純資産 前年度比", CHG),
    dur(18, "1年間", 1, "year"),
    fyr(19, "令和3年度", 2021),
    trap(amt(19, "49億9千万円", 4990000000, role=O, fy=2021), "期首資金残高 (令和3年度末)", CF),
    trap(amt(20, "-7億3千万円", -730000000, role=O, fy=2022), "当期収支額", CF),
    trap(amt(20, "-22億4千万円", -2240000000, role=O, fy=2022), "当期収支額 前年度比", CHG),
    trap(amt(21, "51億9千万円", 5190000000, role=O, fy=2022), "業務活動収支", CF),
    trap(amt(24, "-57億9千万円", -5790000000, role=O, fy=2022), "投資活動収支", CF),
    trap(amt(27, "-1億4千万円", -140000000, role=O, fy=2022), "財務活動収支", CF),
    fyr(30, "令和4年度", 2022),
    trap(amt(30, "42億6千万円", 4260000000, role=O, fy=2022), "期末資金残高 (令和4年度末)", CF),
    dur(32, "1年間", 1, "year"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
