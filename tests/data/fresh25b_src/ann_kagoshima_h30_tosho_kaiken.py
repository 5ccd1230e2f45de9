from kinds import amt, date, fyr, trap, traps

DOC = "kagoshima_h30_tosho_kaiken"
# 鹿児島県's governor presenting the FY2018 initial budget (press conference). The stored text drops the first character
# of several lines (`成30年度当初予算(案)等について`, `債管理ダイジェスト2018`, `成29年度3月補正予算(案)`, `た,必要な
# 基金`): the clipped `成30年度` / `成29年度` carry no era and are no fiscal_year mentions (NEW, arguable: GUIDE's
# year without an era; a reader could restore 平成), the intact `平成30年度` lines are. `予算総額は8,107億6,200万円`
# budget FY2018, a trap (the total); the debt and fund figures `県債残高を213億円縮小`, `1兆777億円まで`, `基金250億円`,
# `78億円の財源不足` other FY2018, traps. `子育て支援`, `高齢者の生き生き支援` are given `最大規模の予算` with no figure: no
# row. `(PDF:3,807KB)` file sizes, `県庁5階`, `債管理ダイジェスト2018` (a publication's name) no mentions. `(案)` is not
# next to any amount (no draft).
B, O, FY = "budget", "other", 2018
M = [
    fyr(4, "平成29年度", 2017), fyr(4, "平成30年度", FY),
    date(5, "2018年2月21日", "2018-02-21"),
    fyr(7, "平成30年度", FY),
    date(8, "平成30年2月9日", "2018-02-09"),
    fyr(12, "平成30年度", FY),
    fyr(19, "平成30年度", FY),
    trap(amt(21, "8,107億6,200万円", 810762000000, fy=FY), "予算総額", "the budget's total"),
    trap(amt(21, "213億円", 21300000000, role=O, fy=FY), "県債残高の縮小", "a change of a debt balance"),
    trap(amt(21, "1兆777億円", 1077700000000, role=O, fy=FY), "県債残高", "a debt balance"),
    trap(amt(22, "250億円", 25000000000, role=O, fy=FY), "必要な基金", "a fund balance"),
    trap(amt(22, "78億円", 7800000000, role=O, fy=FY), "財源不足", "a revenue shortfall"),
]
ROWS = []
NOT_ROWS = traps(M)
