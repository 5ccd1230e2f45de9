from kinds import amt, cnt, date, fyr, trap, traps

DOC = "miyakomachi_r4_rinji6_comons"
# 福岡県みやこ町議会's 令和4年第6回臨時会 (2022-10-19) as comons.me reports it: a 専決処分 (vaccination costs, no figure) and
# the 令和4年度 一般会計補正予算(第7号), examined by the 予算決算常任委員会 and passed `全員賛成`. `各2億6,300万円を追加`: the
# addition, supplementary_budget; `合計127億5,254万9,000円`: the total after, budget; FY2022, traps. `14名`, `2件` and the two
# `1件` (`うち1件は…、もう1件は…`) counts; `令和4年第6回…臨時会` the session's year, a date 2022; `日程第1`, `日程第4`,
# `承認第7号`, `議案第52号`, `第7号` no mentions; `午前10時` a clock time. The stored text is cut at `最後` (kept).
S, B = "supplementary_budget", "budget"
FY = 2022
M = [
    date(1, "令和4年", "2022"), date(1, "10月19日", "2022-10-19"), cnt(2, "14名", 14, "名"),
    cnt(5, "2件", 2, "件"), cnt(5, "1件", 1, "件"), cnt(5, "1件", 1, "件"),
    fyr(8, "令和4年度", 2022),
    trap(amt(8, "2億6,300万円", 263000000, role=S, fy=FY), "一般会計補正予算(第7号)の追加額", "supplementary total"),
    trap(amt(8, "127億5,254万9,000円", 12752549000, role=B, fy=FY), "補正後の合計", "account total after a supplementary"),
]
ROWS: list = []
NOT_ROWS = traps(M)
