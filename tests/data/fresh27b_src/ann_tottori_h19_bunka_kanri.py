from kinds import amt, fyr, trap, traps

DOC = "tottori_h19_bunka_kanri"
# 鳥取県's budget-database sheet, 平成19年度 (line 1 a fiscal_year 2007, the budget year of every figure), at the 課長要求
# stage: `事業費要求額` and the 課長査定's `計上額` (equal). The latest stage on the page is the budget (NEW, as
# tottori_h21): the `計上額:22,975千円` is the row with `(前年度予算額 11,971千円)` (previous_budget FY2006) as its
# previous_budget_yen; the request beside it `other` (heldout's 大阪府 要求/査定). `トータルコスト要求額` and its
# `(前年度:N)` `other` (dev10c), the latter FY2006. The parts under `2 経費` `other` FY2007; `(平成18年度:同額)` a
# fiscal_year 2006 (the 委託料 equal to the year before). The stored `源:単県` (財 dropped) holds no number.
O, FY = "other", 2007
M = [
    fyr(1, "平成19年度", FY),
    trap(amt(5, "73,504千円", 73504000, role=O, fy=FY), "トータルコスト要求額", "a cost measure adding staff cost"),
    trap(amt(5, "59,161千円", 59161000, role=O, fy=2006), "トータルコスト (前年度)", "previous year's cost measure"),
    trap(amt(6, "22,975千円", 22975000, role=O, fy=FY), "事業費要求額", "the request beside the assessed figure"),
    trap(amt(6, "11,971千円", 11971000, role="previous_budget", fy=2006), "(前年度予算額 N)",
         "previous year's figure, the row's previous_budget_yen"),
    amt(7, "22,975千円", 22975000, fy=FY),
    trap(amt(15, "1,500千円", 1500000, role=O, fy=FY), "芸術文化活動支援事業費補助金", "a part of the programme's cost"),
    amt(16, "300千円", 300000, role=O, fy=FY),
    trap(amt(20, "13,430千円", 13430000, role=O, fy=FY), "事務費", "a part of the programme's cost"),
    amt(23, "2,667千円", 2667000, role=O, fy=FY),
    trap(amt(26, "3,018千円", 3018000, role=O, fy=FY), "委託料", "a part of the programme's cost"),
    fyr(26, "平成18年度", 2006),
]
ROWS = [dict(line=7, text="22,975千円", budget_yen=22975000, previous_budget_yen=11971000, fy=FY,
             program="文化観光局管理運営費", role="budget",
             why="the 課長査定's `計上額`, the latest stage on the sheet, with its `(前年度予算額 N)`",
             note="the request `事業費要求額22,975千円` (line 6) is the same figure at an earlier stage: a trap")]
NOT_ROWS = traps(M)
