from kinds import amt, fyr, pct, trap, traps

DOC = "kitamoto_shakyo_h26_kaihi_zaigen"
# 北本市社会福祉協議会's page `財源` (happy-kitamoto.com): where the 社協's money comes from, the members' fees (`一 般 会 員
# (年額 一口) 500円`, 1,000円, 3,000円), a table of each 支部's collected fees and households in bare cells (no
# mentions: no unit beside them), then `平成26年度 会費の使われ方`: the fee money spent on each 事業 (`地域福祉活動推進事業`
# / `6,585,964円` / `69.8 %`, … `福祉移送サービス事業` / `150,000円` / `1.6 %`, two `0円` lines and an unlabelled
# `943,052円` after an empty `%`). Every amount is a trap: the fees are prices per member and year (other, per year);
# the 使われ方 lines are the share of one revenue (会費) in each 事業's funding: a row's financing (財源内訳), not the
# 事業's budget (other, fy 2014 from the heading; NEW, arguable: whether the heading is a plan or a result is not
# written; either way no row). `27.3.31現在` has a year without an era: no date (GUIDE: a year written without an era or
# four digits is no date, the dotted form notwithstanding; NEW, arguable). `約70%`, `約30%` approx.
O = "other"
R_FEE = "a member's yearly fee (a price), not a budget"
R_USE = "the fee money spent on a 事業 in 平成26年度: one revenue's share of the 事業's funding (財源内訳), not its budget"
M = [
    pct(5, "70%", 70, q=("approx",)), pct(5, "30%", 30, q=("approx",)),
    trap(amt(7, "500円", 500, role=O, per="year"), "一般会員 会費 (年額 一口)", R_FEE),
    trap(amt(8, "1,000円", 1000, role=O, per="year"), "特別会員 会費 (年額 一口)", R_FEE),
    trap(amt(9, "3,000円", 3000, role=O, per="year"), "団体・法人会員 会費 (年額 一口)", R_FEE),
    fyr(10, "平成26年度", 2014),
    fyr(24, "平成26年度", 2014),
    trap(amt(26, "6,585,964円", 6585964, role=O, fy=2014), "会費の使われ方 地域福祉活動推進事業", R_USE),
    pct(27, "69.8 %", 69.8),
    trap(amt(29, "1,694,556円", 1694556, role=O, fy=2014), "会費の使われ方 法人運営事業", R_USE),
    pct(30, "18.0 %", 18.0),
    trap(amt(33, "500,000円", 500000, role=O, fy=2014), "会費の使われ方 ボランティアセンター運営事業", R_USE),
    pct(34, "5.3 %", 5.3),
    trap(amt(36, "500,000円", 500000, role=O, fy=2014), "会費の使われ方 福祉タクシー事業", R_USE),
    pct(37, "5.3 %", 5.3),
    trap(amt(39, "150,000円", 150000, role=O, fy=2014), "会費の使われ方 福祉移送サービス事業", R_USE),
    pct(40, "1.6 %", 1.6),
    trap(amt(41, "0円", 0, role=O, fy=2014), "会費の使われ方 (unlabelled line)", R_USE),
    trap(amt(42, "0円", 0, role=O, fy=2014), "会費の使われ方 (unlabelled line)", R_USE),
    trap(amt(44, "943,052円", 943052, role=O, fy=2014), "会費の使われ方 (unlabelled, after an empty %)", R_USE),
]
ROWS: list = []
NOT_ROWS = traps(M)
