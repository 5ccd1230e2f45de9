from kinds import amt, fyr, trap, traps

DOC = "agui_r6_kikin_zandaka"
# 愛知県阿久比町's page 令和6年度末基金残高: a table of every fund's `5年度末現在高` / `6年度末現在高` / `前年度比増減額`
# under `(千円)` headers, its cells run together in the stored text (`財政調整基金1,462,1171,438,900△23,217`), then the
# reasons in prose (`全体では330,263千円の減少`). The table's cells are bare numbers under a header unit: no mentions (GUIDE;
# fresh11a's `label:value` lists and bare cells, fresh17a's 坂井市), run together or not; the era-less headers `5年度末`,
# `6年度末` no mentions (GUIDE: a year without an era). The prose's `330,263千円` (the total's fall) `other`, fy 2024 (its
# sentence's `令和6年度`), a trap. `令和6年度` three times a fiscal year; `ID:836` a page id, no mention.
M = [
    fyr(4, "令和6年度", 2024), fyr(9, "令和6年度", 2024), fyr(39, "令和6年度", 2024),
    trap(amt(39, "330,263千円", 330263000, role="other", fy=2024), "基金残高 全体の減少 (令和6年度)",
         "a change of the funds' total, not a budget"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
