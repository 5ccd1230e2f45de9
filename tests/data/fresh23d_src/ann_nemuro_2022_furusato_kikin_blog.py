from kinds import amt, cnt, date, dur, fyr, pct, trap, traps

DOC = "nemuro_2022_furusato_kikin_blog"
# 北海道根室市: a blog's note (2023-06, by its address) on the mayor's report to the June council on the 2022年度 ふるさと応援
# 寄付金: the donations `176億12,782,239円` (a compound written that way: 176億 + 12,782,239 = 17,612,782,239 円, as the GUIDE's
# compound numerals add up; NEW form), the rise `30億円`, the year's use `169事業34億9,000万円`, the funds' balance at
# 2022年度末 `175億8,000万円` and the 2024年度 target `200億円`. Donations, their use, balances and a balance target: `other`,
# traps; fy 2022 (`2022年度` / `昨年度` / `2022年度末`), the target 2024. The year-less `6月20日` and the session `6月定例月議会`
# take the year the text implies, 2023 (the June after the reported 2022年度; fresh14c's 大村市, fresh18c's call 3). Counts
# `82万9461件`, `約5万5,000件` (approx), `6万2,000人`, `28万2,000人`, `169事業`; `6年連続` a duration (fresh13b); ages
# `30代~50代` no mention (GUIDE). The paragraph on donors is stored twice (lines 4 and 5): annotated twice. The widget
# `0 件のコメント` a count of 0 件 (an earlier call, arguable).
O = "other"
M = [
    date(1, "6月20日", "2023-06-20"),
    date(2, "6月", "2023-06"),
    fyr(2, "2022年度", 2022),
    cnt(3, "82万9461件", 829461, "件"),
    trap(amt(3, "176億12,782,239円", 17612782239, role=O, fy=2022), "ふるさと応援寄付金 2022年度の金額", "donations received"),
    cnt(3, "5万5,000件", 55000, "件", q=("approx",)),
    trap(amt(3, "30億円", 3000000000, role=O, fy=2022), "寄付金の前年からの増", "a change of donations"),
    cnt(4, "6万2,000人", 62000, "人"), cnt(4, "28万2,000人", 282000, "人"), dur(4, "6年", 6, "year"),
    cnt(5, "6万2,000人", 62000, "人"), cnt(5, "28万2,000人", 282000, "人"), dur(5, "6年", 6, "year"),
    cnt(6, "169事業", 169, "事業"),
    trap(amt(6, "34億9,000万円", 3490000000, role=O, fy=2022), "寄付金の活用額 (169事業)", "a fund's settled use"),
    fyr(7, "2022年度", 2022),
    trap(amt(7, "175億8,000万円", 17580000000, role=O, fy=2022), "目的別の基金 2022年度末残高", "a fund balance"),
    fyr(7, "2024年度", 2024),
    trap(amt(7, "200億円", 20000000000, role=O, fy=2024), "基金残高 2024年度目標", "a fund balance target"),
    pct(7, "87.9%", 87.9),
    cnt(9, "0 件", 0, "件"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
