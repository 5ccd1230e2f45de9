from kinds import amt, fyr

DOC = "tottori_h19_rinpokan_yokyu"
# 鳥取県 平成19年度予算, a 課長要求 sheet of a subsidy programme being stopped (`[中止]隣保館整備事業費`): the request is 0
# (事業費 and トータルコスト), beside last year's figures. The 事業費 request `0千円` is the programme's FY2007 `budget`
# (a request with no assessed figure; fresh8b's h22 sheet), its `(前年度予算額 52,500千円)` `previous_budget` FY2006;
# トータルコスト `other` (both years). `所用経費:0千円` the same FY2007 figure (`budget`). The row (0 yen, a programme
# stopped) is ambiguous. The 財源内訳 table's cells sit under `(単位:千円)`: bare, no mentions; `661u` (an area),
# fractions, `19年度` (era-less) and the phone number no mentions.
B, P, O = "budget", "previous_budget", "other"
M = [
    fyr(1, "平成19年度", 2007),
    amt(5, "0千円", 0, role=O, fy=2007), amt(5, "53,356千円", 53356000, role=O, fy=2006),
    amt(6, "0千円", 0, role=B, fy=2007), amt(6, "52,500千円", 52500000, role=P, fy=2006),
    amt(23, "0千円", 0, role=B, fy=2007),
]
ROWS = [
    dict(line=6, text="0千円", fy=2007, budget_yen=0, previous_budget_yen=52500000, program="隣保館整備事業費", role=B,
         why="the sheet's 事業費要求額 with its `(前年度予算額 N)`", ambiguous=True,
         note="a programme stopped (`[中止]`): its request is 0"),
]
NOT_ROWS = [
    dict(line=5, text="0千円", value_yen=0, fy=2007, mention_role=O, what="トータルコスト要求額", reason="a cost measure"),
    dict(line=5, text="53,356千円", value_yen=53356000, fy=2006, mention_role=O, what="トータルコスト 前年度", reason="previous year's cost measure"),
    dict(line=6, text="52,500千円", value_yen=52500000, fy=2006, mention_role=P, what="前年度予算額", reason="previous year's figure"),
]
