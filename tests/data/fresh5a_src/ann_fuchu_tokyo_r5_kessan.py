from kinds import amt, date, fyr, pct

DOC = "fuchu_tokyo_r5_kessan"
# 府中市 (東京都; 広報ふちゅう 2024-10-15), 令和5年度決算の状況: a SETTLEMENT. The 一般会計's `最終予算額` (the budget
# after its supplementaries) is budget FY2023 (fresh4's 最終予算額); the settled revenue `収入済額`, the settled
# expenditure `支出済額`, their changes and the changes by revenue source and by function are other FY2023 (fresh3:
# settlements are not budgets). Changes are written unsigned with `の増`/`の減` after them: values as written (fresh4's
# `13.0%減` → 13.0). `執行率N%` and the change shares `(N%)` are percents. `9月の市議会定例会` (the session that
# approved the settlement, in an October 2024 issue) is 2024-09. No row: a settlement has no budget lines.
O, FY = "other", 2023
M = [
    fyr(1, "令和5年度", FY), fyr(1, "令和5年度", FY), date(1, "9月", "2024-09"),
    fyr(2, "令和5年度", FY),
    amt(3, "1299億1247万6千円", 129912476000, role="budget", fy=FY),
    amt(3, "1283億2828万9千円", 128328289000, role=O, fy=FY), pct(3, "98.8%", 98.8),
    amt(3, "44億9793万5千円", 4497935000, role=O, fy=FY), pct(3, "3.4%", 3.4),
    amt(3, "1257億2544万1千円", 125725441000, role=O, fy=FY), pct(3, "96.8%", 96.8),
    amt(3, "41億1741万3千円", 4117413000, role=O, fy=FY), pct(3, "3.2%", 3.2),
    amt(4, "1億5771万5千円", 157715000, role=O, fy=FY), pct(4, "0.3%", 0.3),
    amt(4, "18億4692万円", 1846920000, role=O, fy=FY), pct(4, "7.4%", 7.4),
    amt(4, "3億3359万2千円", 333592000, role=O, fy=FY), pct(4, "4.4%", 4.4),
    amt(4, "11億6039万4千円", 1160394000, role=O, fy=FY), pct(4, "18.8%", 18.8),
    amt(4, "7億1250万円", 712500000, role=O, fy=FY), pct(4, "11.6%", 11.6),
    amt(5, "17億8735万7千円", 1787357000, role=O, fy=FY), pct(5, "13.7%", 13.7),
    amt(5, "21億9840万7千円", 2198407000, role=O, fy=FY), pct(5, "3.7%", 3.7),
    amt(5, "6億739万9千円", 607399000, role=O, fy=FY), pct(5, "7.1%", 7.1),
    amt(5, "43億1539万2千円", 4315392000, role=O, fy=FY), pct(5, "16.5%", 16.5),
    fyr(6, "令和5年度", FY),
]
ROWS = []
_W = {
    (3, "1299億1247万6千円"): ("一般会計 最終予算額", "account total (after supplementaries) in a settlement"),
    (3, "1283億2828万9千円"): ("一般会計 収入済額", "settled revenue"),
    (3, "44億9793万5千円"): ("収入済額の前年度比減", "change of a settled total"),
    (3, "1257億2544万1千円"): ("一般会計 支出済額", "settled expenditure"),
    (3, "41億1741万3千円"): ("支出済額の前年度比減", "change of a settled total"),
    (4, "1億5771万5千円"): ("市税の前年度比増", "revenue change"),
    (4, "18億4692万円"): ("国庫支出金の前年度比減", "revenue change"),
    (4, "3億3359万2千円"): ("繰入金の前年度比減", "revenue change"),
    (4, "11億6039万4千円"): ("諸収入の前年度比減", "revenue change"),
    (4, "7億1250万円"): ("市債の前年度比減", "revenue change"),
    (5, "17億8735万7千円"): ("総務費の前年度比増", "settled expenditure change"),
    (5, "21億9840万7千円"): ("民生費の前年度比増", "settled expenditure change"),
    (5, "6億739万9千円"): ("衛生費の前年度比減", "settled expenditure change"),
    (5, "43億1539万2千円"): ("教育費の前年度比減", "settled expenditure change"),
}
NOT_ROWS = [dict(line=r["line"], text=r["text"], value_yen=r["min"], fy=r["fy"], mention_role=r["role"],
                 what=_W[(r["line"], r["text"])][0], reason=_W[(r["line"], r["text"])][1])
            for r in M if r["kind"] == "amount"]
