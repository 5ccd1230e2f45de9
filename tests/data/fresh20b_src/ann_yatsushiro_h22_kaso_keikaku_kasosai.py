from kinds import amt, cnt, date, trap, traps

DOC = "yatsushiro_h22_kaso_keikaku_kasosai"
# chiholog's passage of 熊本県八代市's assembly (平成22年9月定例会, 2010-09-17): the city's 過疎地域自立促進市町村計画 lists 206
# projects of the 3 districts, `事業費総額が約95億円`, `過疎債活用予定額は約38億円` — a plan's total cost and the bonds it
# expects to use over the plan period: `other`, fy null (several years), approx, traps. `平成22年 9月` the session's month
# (a date, fresh14d), `09月17日` and the stamp `2010-09-17` the day.
O = "other"
M = [
    date(1, "2010-09-17", "2010-09-17"), date(1, "平成22年 9月", "2010-09"), date(1, "09月17日", "2010-09-17"),
    cnt(1, "3地域", 3, "地域"), cnt(1, "206事業", 206, "事業"),
    trap(amt(1, "95億円", 9500000000, role=O, q=("approx",)), "過疎計画 事業費総額", "a plan's total project cost over several years"),
    trap(amt(1, "38億円", 3800000000, role=O, q=("approx",)),
         "過疎債活用予定額", "the bonds a plan expects to issue over several years, not a budget"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
