from kinds import amt, cnt, date, pct, trap, traps

DOC = "mitoyo_r6_kyuyo_kouhou"
# 香川県三豊市's 広報みとよ 令和6年11月号 article 三豊市職員の給与などの現状 (mykoho): the tables of (1)-(4) and (6) are
# not in the stored text (captions and notes only); (5) 人件費の状況 (普通会計決算) of `5年度` (era-less, no mention;
# 令和5年度 by the article's 令和6年 and `R6.3.31`): 歳出額, 実質収支, 人件費 `other` FY2023 (settled), traps; the 人件費率
# and the year before's. `令和6年地方公共団体定員管理調査・地方公務員給与実態調査` names two surveys (no date: a named
# issue, GUIDE); `(各年4月1日現在)` a recurring date (no mention); `R6.3.31` a dotted date; list numbers no mentions.
O, FY = "other", 2023
S = "the ordinary account's settled figure, not a programme's budget"
M = [
    date(1, "令和6年4月1日", "2024-04-01"),
    date(7, "令和6年4月1日", "2024-04-01"), date(11, "令和6年4月1日", "2024-04-01"), date(13, "令和6年4月1日", "2024-04-01"),
    date(16, "R6.3.31", "2024-03-31"), cnt(16, "61,087人", 61087, "人"),
    trap(amt(17, "348億6,812万7千円", 34868127000, role=O, fy=FY), "歳出額 (普通会計決算)", S),
    trap(amt(18, "11億3,570万7千円", 1135707000, role=O, fy=FY), "実質収支", S),
    trap(amt(19, "66億2,096万7千円", 6620967000, role=O, fy=FY), "人件費 (決算)", S),
    pct(20, "18.99%", 18.99), pct(21, "18.89%", 18.89),
    date(28, "令和5年4月1日", "2023-04-01"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
