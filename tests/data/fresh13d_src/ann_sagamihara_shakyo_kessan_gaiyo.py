from kinds import amt, cnt, fyr, pct, trap, traps

DOC = "sagamihara_shakyo_kessan_gaiyo"
# 社会福祉法人相模原市社会福祉協議会's 決算の概要 (123deta copy; the whole stored text on one line, starting with the
# carrier's number `6766676`): the settled totals of its three 事業区分 (`収入決算額合計は、約19 億 9,222 万円`,
# `支出決算額合計は、約 20 億 807 万円`, the difference, the carry-over), then the points (会費収入 down `約 126 万円`,
# bequests `約 2,520 万円`, donations up `約 2,352 万円`, land and buildings `評価額 2,526 万円`, transfers between
# 事業区分 `約595 万円`, `約1,813 万円`), then the table `収入総額① 1,835,794,464 …` in bare cells under `(単位:円)`
# (no mentions, GUIDE). Every amount is a settled figure, a change or a transfer of 当期: `other`, a trap (fresh11a:
# 決算額 are results). The year of 当期 is not written (`平成 26 年度からの` names when a rate changed): fy null. The
# text keeps the spaces inside the figures (`19 億 9,222 万円`); `約` approx. `3事業区分` a count of 事業区分.
O = "other"
A = ("approx",)
R = "a settled figure of the 社協's accounts (決算): a result, not a budget"
M = [
    cnt(1, "3事業区分", 3, "事業区分"),
    trap(amt(1, "19 億 9,222 万円", 1992220000, role=O, q=A), "収入決算額合計", R),
    trap(amt(1, "20 億 807 万円", 2008070000, role=O, q=A), "支出決算額合計", R),
    trap(amt(1, "1,584 万円", 15840000, role=O, q=A), "収支差額 (マイナス)", R),
    trap(amt(1, "2,114 万円", 21140000, role=O, q=A), "当期末支払資金残高", R),
    trap(amt(1, "126 万円", 1260000, role=O, q=A), "会費収入 前年度からの減額", R),
    cnt(1, "3 件", 3, "件"),
    trap(amt(1, "2,520 万円", 25200000, role=O, q=A), "遺贈 現金", R),
    trap(amt(1, "2,352 万円", 23520000, role=O, q=A), "寄付金 増額", R),
    trap(amt(1, "2,526 万円", 25260000, role=O), "遺贈 土地・建物 評価額", "a bequest's valuation, not a budget"),
    cnt(1, "3,123 件", 3123, "件"), cnt(1, "581 件", 581, "件"),
    trap(amt(1, "595 万円", 5950000, role=O, q=A), "要介護認定調査事業 繰入", R),
    fyr(1, "平成 26 年度", 2014), pct(1, "2.34%", 2.34), pct(1, "2.5%", 2.5), cnt(1, "1 台", 1, "台"),
    trap(amt(1, "1,813 万円", 18130000, role=O, q=A), "飲料水等販売事業 繰入", R),
]
ROWS: list = []
NOT_ROWS = traps(M)
