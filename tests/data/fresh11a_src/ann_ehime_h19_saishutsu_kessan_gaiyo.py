from kinds import amt, fyr, pct

DOC = "ehime_h19_saishutsu_kessan_gaiyo"
# 愛媛県's 歳出 execution (概要 of its 歳入歳出決算), twice: a scrambled text layer (line 3: amounts torn from their
# labels, `額624,619,082,000円に対し、 額 596,637,353,309円、 越額 22,056,915,000 円、 額5,924,813,691円`, the 割合
# percents, then the 款別決算状況 cells, bare) and the transcript's sentence (lines 7-9). The year: no `平成19年度` is
# written; the table's comparison column `平成18年度決算額` and `前年度に比べて` make 本年度 FY2007 (NEW, arguable: fy from
# the previous-year column's label; a reader could leave fy null). 予算現額 (the account's budget after its
# supplementaries and carry-overs) is `budget` (fresh5a's 最終予算額), an account total: a trap; 支出済額, 翌年度繰越額,
# 不用額 and the change of the 繰越額 `other` (settled / carried / unused: fresh5a), traps. `翌年度繰越額22,056,915,000`
# ends line 7 and its `円` opens line 8: the text is the part on line 7, the value the whole (GUIDE). Line 3's cells
# without a unit (`1,292,972,000` …, `4.21`, `95.52 94.82` …) and the page marks `22`, `-25-`: no mentions; its five
# `%` shares (`22.71%` … `10.72%`, the largest 款's shares) are percents.
B, O, FY = "budget", "other", 2007
M = [
    amt(3, "624,619,082,000円", 624619082000, fy=FY), amt(3, "596,637,353,309円", 596637353309, role=O, fy=FY),
    amt(3, "22,056,915,000 円", 22056915000, role=O, fy=FY), amt(3, "5,924,813,691円", 5924813691, role=O, fy=FY),
    pct(3, "95.52%", 95.52), pct(3, "0.95%", 0.95),
    amt(3, "3,965,747,000円", 3965747000, role=O, fy=FY),
    pct(3, "22.71%", 22.71), pct(3, "17.30%", 17.30), pct(3, "13.25%", 13.25), pct(3, "11.97%", 11.97),
    pct(3, "10.72%", 10.72),
    fyr(3, "平成18年度", 2006),
    amt(7, "624,619,082,000円", 624619082000, fy=FY), amt(7, "596,637,353,309円", 596637353309, role=O, fy=FY),
    amt(7, "22,056,915,000", 22056915000, role=O, fy=FY),
    amt(8, "5,924,813,691円", 5924813691, role=O, fy=FY), pct(8, "95.52%", 95.52), pct(8, "0.95%", 0.95),
    amt(9, "3,965,747,000円", 3965747000, role=O, fy=FY),
]
ROWS: list[dict] = []
T = {"624,619,082,000円": (624619082000, B, "予算現額", "the general account's budget after its changes (an account total)"),
     "596,637,353,309円": (596637353309, O, "支出済額", "settled expenditure (執行額), not a budget"),
     "22,056,915,000 円": (22056915000, O, "翌年度繰越額", "carried over to the next year (繰越額), not a budget"),
     "22,056,915,000": (22056915000, O, "翌年度繰越額", "carried over to the next year (繰越額), not a budget"),
     "5,924,813,691円": (5924813691, O, "不用額", "the unused part of the budget"),
     "3,965,747,000円": (3965747000, O, "翌年度繰越額 前年度に比べて", "a change of the carry-over against the year before")}
NOT_ROWS = [dict(line=r["line"], text=r["text"], value_yen=T[r["text"]][0], fy=FY, mention_role=T[r["text"]][1],
                 what=T[r["text"]][2], reason=T[r["text"]][3]) for r in M if r["kind"] == "amount"]
