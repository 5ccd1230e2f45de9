from kinds import amt, fyr, pct, trap, traps

DOC = "muko_h29_suido_gesui_yosan"
# 向日市 平成29年度当初予算: 水道事業会計 (the page's water part; cut before its sewer part). The title `平成29年度当初予算`
# labels every amount FY2017 (GUIDE: the title as a label). An enterprise account's sides (fresh4, fresh6a, fresh7b 矢巾町 /
# 和水町): the expenditure side (収益的支出 `12億7,405万円`, 資本的支出 `7億5,298万円`) `budget`, the revenue side (収益的収入,
# 資本的収入) `other`; the changes `3,716万円増の`, `1,728万円増の` `other`; the balances `1億5,928万円(税込み)の黒字予算`,
# `3億173万円の赤字予算` and the shortfall `不足額の3億173万円` `other`. All traps: the 主な事業 (水道管路耐震化事業,
# 物集女西浄水場耐震化事業) carry no figure, so the deck has no row (an account's sides are no programme: fresh7b, fresh12c).
# Table cells `2.7`, `1.4`, `-18`, `-6.3` under `対前年度比(パーセント)` are bare (no mention).
B, O = "budget", "other"
FY = 2017
REV = ("an enterprise account's revenue side (収益的収入 / 資本的収入), a revenue total", "revenue, not an appropriation")
EXP = ("an enterprise account's expenditure side", "the whole account's side (operating or capital), no programme's own budget")
CHG = ("the change against the previous year", "a change, not a budget")
BAL = ("a balance of the account (黒字予算 / 赤字予算 / 不足額)", "a balance or shortfall, not an appropriation")
M = [
    fyr(2, "平成29年度", 2017),
    pct(4, "2.7%", 2.7), trap(amt(4, "3,716万円", 37160000, role=O, fy=FY), *CHG),
    trap(amt(4, "14億3,333万円", 1433330000, role=O, fy=FY), *REV),
    pct(4, "1.4%", 1.4), trap(amt(4, "1,728万円", 17280000, role=O, fy=FY), *CHG),
    trap(amt(4, "12億7,405万円", 1274050000, role=B, fy=FY), *EXP),
    trap(amt(4, "1億5,928万円", 159280000, role=O, fy=FY), *BAL),
    trap(amt(5, "4億5,125万円", 451250000, role=O, fy=FY), *REV),
    trap(amt(5, "7億5,298万円", 752980000, role=B, fy=FY), *EXP),
    trap(amt(5, "3億173万円", 301730000, role=O, fy=FY), *BAL),
    trap(amt(10, "14億3,333万円", 1433330000, role=O, fy=FY), *REV),
    trap(amt(11, "12億7,405万円", 1274050000, role=B, fy=FY), *EXP),
    trap(amt(16, "4億5,125万円", 451250000, role=O, fy=FY), *REV),
    trap(amt(17, "7億5,298万円", 752980000, role=B, fy=FY), *EXP),
    trap(amt(18, "3億173万円", 301730000, role=O, fy=FY), *BAL),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
