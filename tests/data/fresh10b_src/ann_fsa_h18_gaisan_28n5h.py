from kinds import amt, cnt, date

DOC = "fsa_h18_gaisan_28n5h"
# 金融庁's 06年度 概算要求 as a blog reprints the news (2005). The request total `一般会計総額は…227億9000万円` is a
# trap (the agency's total; a request is the budget of the requested year) and `今年度当初予算比40億6900万円増` its
# change (other): no row. `06年度` is two-digit and nothing in the text fixes its century: fy null (fresh4's 大町町).
# Staff counts `190人`, `128人`, `62人` (増員) are counts; `29日` dated 2005-08-29 (the request month).
B, O = "budget", "other"
M = [
    cnt(1, "190人", 190, "人"),
    date(2, "29日", "2005-08-29"), amt(2, "40億6900万円", 4069000000, role=O), amt(2, "227億9000万円", 22790000000),
    cnt(2, "128人", 128, "人"), cnt(2, "62人", 62, "人"),
]
ROWS: list = []
NOT_ROWS = [
    dict(line=2, text="227億9000万円", value_yen=22790000000, fy=None, mention_role=B, what="一般会計総額 (06年度概算要求)",
         reason="the agency's request total"),
    dict(line=2, text="40億6900万円", value_yen=4069000000, fy=None, mention_role=O, what="今年度当初予算比増",
         reason="change of the agency's total"),
]
