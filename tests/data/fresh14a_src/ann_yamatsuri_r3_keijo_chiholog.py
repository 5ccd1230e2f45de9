from kinds import amt, date, fyr, trap, traps

DOC = "yamatsuri_r3_keijo_chiholog"
# 福島県矢祭町議会: chiholog.net's search page for 「計上」, hits of the minutes of 2021 (the page's header names the
# 2021-06-18 meeting). Speech on the year's budget: a member cites `米価対策事業補助金600万計上` (a programme's figure in
# the budget, no 円: an amount, fresh2 / fresh4's `N億` without 円; a row, its repeat on line 3 an ambiguous row,
# fresh10b); an answer: the projects' cost `1億2,388万2,000円` (the sum the member cited: other, a trap) against what the
# budget holds for them, `予算計上といたしましては、臨時交付金関係で1億3,916万2,000円を措置` (budget, a row); a revenue
# `震災関連補助金…13億5,035万4,000円` (other, a trap: revenue lines are no rows, issue 22). No fiscal year is written
# next to any figure (`令和3年度の予算編成` on line 4 is another hit's; the meeting's date is no fiscal year): fy null;
# the rows carry fy_alt [2021] (the meeting's year, fresh13d's 燕市 call). `18ページ` is a page reference and
# `5款1項3目18節` a budget code: no mentions. `2021-06-18` and the record label `06月18日` are dates (fresh12c's 奥州市).
B, O = "budget", "other"
M = [
    date(1, "2021-06-18", "2021-06-18"), date(1, "06月18日", "2021-06-18"),
    amt(2, "600万", 6000000),
    amt(3, "600万", 6000000),
    fyr(4, "令和3年度", 2021),
    trap(amt(5, "1億2,388万2,000円", 123882000, role=O), "手洗い自動水洗等の事業の金額 (議員おただしのとおり)",
         "the projects' cost as the member cited it, not what the budget holds (the next figure)"),
    amt(5, "1億3,916万2,000円", 139162000),
    trap(amt(6, "13億5,035万4,000円", 1350354000, role=O), "震災関連補助金 (震災復興特別交付税, 除染事業交付金等)",
         "a revenue line of the budget, not a programme's spending"),
]
MIN = "福島県矢祭町"
ROWS = [
    dict(line=2, text="600万", budget_yen=6000000, fy=None, fy_alt=[2021], program="米価対策事業補助金", role=B,
         ministry=MIN, why="`米価対策事業補助金600万計上`: the programme's figure in the budget under debate"),
    dict(line=3, text="600万", budget_yen=6000000, fy=None, fy_alt=[2021], program="米価対策事業補助金", role=B,
         ministry=MIN, ambiguous=True, why="the same hit repeated by the search page (fresh10b: a repeat is ambiguous)"),
    dict(line=5, text="1億3,916万2,000円", budget_yen=139162000, fy=None, fy_alt=[2021],
         program="臨時交付金関係事業 (役場庁舎・文化センターの手洗い自動水洗等)", role=B, ministry=MIN,
         why="`予算計上といたしましては、臨時交付金関係で1億3,916万2,000円を措置`: what the budget holds for the projects"),
]
NOT_ROWS = traps(M)
