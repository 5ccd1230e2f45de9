from kinds import amt, cnt, date, dur, trap, traps

DOC = "kokonoe_r4_henko_keiyaku_comons"
# A summary (comons.me) of 九重町議会's 令和4年第2回臨時会 (2022-02-18): one bill, a works contract changed
# (工事請負変更契約, 淮園小学校 大規模改造工事). The original contract price `1億2,510万4,452円`, the increase
# `250万3,248円` and the new price `1億2,760万7,700円`: `other` (contract figures, GUIDE; fresh5a's contract in council
# news), fy null (no fiscal year is written), traps. `令和4年` of the session's name is a date 2022 (fresh's sessions named
# by their year); `1日限り` a duration of 1 day; `議案第4号` a bill number; `築50年以上` a duration 50.. years (at_least).
O = "other"
M = [
    date(1, "令和4年", "2022"),
    date(2, "令和4年2月18日", "2022-02-18"), dur(2, "1日", 1, "day"),
    trap(amt(3, "1億2,510万4,452円", 125104452, role=O), "元の請負額", "the contract price before the change, not a budget"),
    trap(amt(3, "250万3,248円", 2503248, role=O), "増額", "the increase of a contract price, not a budget"),
    trap(amt(3, "1億2,760万7,700円", 127607700, role=O), "変更請負額", "the changed contract price, not a budget"),
    dur(4, "1日", 1, "day"), cnt(4, "1件", 1, "件"),
    dur(5, "50年", 50, "year", hi=None, q=("at_least",)),
    date(6, "令和4年", "2022"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
