from kinds import amt, cnt, date, fyr, trap, traps

DOC = "teiju_h26_chiiki_josei"
# ふるさと島根定住財団's list of the bodies awarded in its 地域づくり応援助成金 (平成26年度第1回). Each body's `交付決定額`:
# `support` FY2014, a trap (a grant decided for one recipient: fresh13a 綾瀬市's 交付決定額, fresh10a). Each `対象経費`:
# the project's cost, `support` FY2014 (fresh9a's 事業費 project sizes), a trap. `【採択案件】 2件` a count. `11月に…
# イベントを行う`: the project's event, a month of the grant's year (2014-11; NEW, arguable: the fiscal year's November).
S, FY = "support", 2014
G = "a grant decided for one recipient (交付決定額) is no programme's budget"
C = "a project's cost (対象経費), not a budget"
M = [
    fyr(1, "平成26年度", FY), date(3, "平成26年9月9日", "2014-09-09"), cnt(4, "2件", 2, "件"),
    trap(amt(7, "466,000円", 466000, role=S, fy=FY), "美川山里を活かす会 交付決定額", G),
    trap(amt(7, "699,000円", 699000, role=S, fy=FY), "美川山里を活かす会 対象経費", C),
    date(11, "11月", "2014-11"),
    trap(amt(17, "2,000,000円", 2000000, role=S, fy=FY), "出羽自治会 交付決定額", G),
    trap(amt(17, "3,000,000円", 3000000, role=S, fy=FY), "出羽自治会 対象経費", C),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
