from kinds import amt, cnt, fyr, trap, traps

DOC = "yokoze_r5_furusato_kifu_jisseki"
# 横瀬町 (埼玉県)'s page of its 令和5年度 ふるさと納税 results and uses: a one-row table `令和5年度 | 1,346 | 39,082,000 |`
# under the header `年度 | 件数 | 寄附金額(円) |` (bare cells: no mentions, GUIDE; the unit sits in the header, not next
# to the cells: fresh11c's bids under `(単価:千円)`, fresh9b), the six uses donors choose from (`6つの事業` a count of
# つ), then the first use reported: `教育環境充実事業 …(寄附金充当額13,202千円)`: the donations put to the programme in
# 令和5年度 (a settled use, not a budget: `other`, fy 2023 from the label `令和5年度の使い道と実績`, a trap; NEW for the
# shape, as fresh11a's settled figures). `令和5年度` ×5 fiscal years (the title, the row header, two labels, the text).
# The page is cut by the corpus in the first use's text (last line kept).
O = "other"
M = [
    fyr(2, "令和5年度", 2023),
    fyr(5, "令和5年度", 2023),
    cnt(7, "6つ", 6, "つ"),
    fyr(14, "令和5年度", 2023),
    fyr(15, "令和5年度", 2023),
    trap(amt(16, "13,202千円", 13202000, role=O, fy=2023), "教育環境充実事業 寄附金充当額 (令和5年度)",
         "donations put to a programme in a past year (a settled use of the ふるさと納税 money), not a budget"),
    fyr(17, "令和5年度", 2023),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
