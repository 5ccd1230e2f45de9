from kinds import amt, cnt, date, dur, trap, traps

DOC = "odai_r4_rinji_comons"
# 三重県大台町議会's 臨時会 of 令和4年7月 as comons.me reports it: a 専決処分 of the 国民健康保険事業特別会計補正予算(第2号)
# (approved) and the 一般会計補正予算(第4号) (passed `全員一致`). No 年度 is written: both in-year supplementaries of July
# 2022 are FY2022 (fresh: fy from the session's date). `補正額は…総額11億7036万3000円となる`: the special account's total
# after its supplementary (the report gives no addition): budget, a trap. `1562万4000円が追加`: the general account's
# addition, supplementary_budget; `総額は77億4643万1000円`: its total after, budget; traps. `11名` a count; `本日1日間`
# 1 day; `承認第11号`, `第2号`, `議案第51号`, `第4号`, `日程第1` no mentions; `午前10時15分` a clock time.
S, B = "supplementary_budget", "budget"
FY = 2022
M = [
    date(1, "令和4年7月", "2022-07"), cnt(2, "11名", 11, "名"), dur(3, "1日間", 1, "day"),
    trap(amt(4, "11億7036万3000円", 1170363000, role=B, fy=FY), "国民健康保険事業特別会計の補正後の総額",
         "account total after a supplementary"),
    trap(amt(5, "1562万4000円", 15624000, role=S, fy=FY), "一般会計補正予算(第4号)の追加額", "supplementary total"),
    trap(amt(5, "77億4643万1000円", 7746431000, role=B, fy=FY), "一般会計の補正後の総額", "account total after a supplementary"),
]
ROWS: list = []
NOT_ROWS = traps(M)
