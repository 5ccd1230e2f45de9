from kinds import amt, cnt, date, dur, trap, traps

DOC = "kasamatsu_r4_bukka_dokuji_shisaku"
# 岐阜県笠松町's page (docs/2022071400013) on its own price-relief measures funded by the 地方創生臨時交付金: a table `主な施策
# 概要 事業費` flattened, each 事業費 written with its unit (`35,147千円`, `31,500千円` on its own line …): mentions. Each is a
# measure's money: the four marked `(※9月補正予定)` supplementary_budget, the coupon's `35,147千円` (no label) `budget`, all
# rows; the page writes no year for the money (its address gives 2022): fy null, fy_alt [2022] (fresh6c). Grants per
# person or household (`5,000円分の割引`, `1人9,000円`, `1人10,000円`) `support` traps. `3か月分` durations (twice), `10月
# から12月まで` two dates of 2022 (the address's year), `令和5年4月` (twice) 2023-04, `4期(11月)と5期(1月)` the billing months
# 2022-11 and 2023-01 (rolling over; `4期`, `5期` ordinals), `2期分` counts of 期 (twice). `9月補正` a budget label,
# `1回あたり` a per unit, `新1年生` an ordinal: no mentions.
S, B, P = "supplementary_budget", "budget", "support"
N = "the page writes no year for the money; its address dates it 2022-07-14"
W = "a measure's 事業費 among the town's own price-relief measures"
M = [
    trap(amt(5, "5,000円", 5000, role=P), "生活応援割引クーポン券 1世帯分", "a grant size per household"),
    amt(5, "35,147千円", 35147000, role=B),
    dur(6, "3か月", 3, "month"),
    date(7, "10月", "2022-10"), date(7, "12月", "2022-12"),
    dur(7, "3か月", 3, "month"),
    amt(8, "31,500千円", 31500000, role=S),
    trap(amt(10, "9,000円", 9000, role=P), "乳幼児子育て応援支援金 1人分", "a grant size per person"),
    amt(11, "9,500千円", 9500000, role=S),
    date(15, "令和5年4月", "2023-04"),
    trap(amt(15, "10,000円", 10000, role=P), "新ステージステップアップ応援支援金 1人分", "a grant size per person"),
    date(16, "令和5年4月", "2023-04"),
    amt(17, "6,000千円", 6000000, role=S),
    cnt(19, "2期", 2, "期"),
    date(19, "11月", "2022-11"), date(19, "1月", "2023-01"),
    cnt(19, "2期", 2, "期"),
    amt(20, "26,000千円", 26000000, role=S),
]
ROWS = [
    dict(line=5, text="35,147千円", budget_yen=35147000, fy=None, fy_alt=[2022], role=B, why=W, note=N, ambiguous=True,
         program="生活応援割引クーポン券"),
    dict(line=8, text="31,500千円", budget_yen=31500000, fy=None, fy_alt=[2022], role=S, why=W + " (9月補正予定)", note=N,
         program="学校給食費の免除(3か月分)"),
    dict(line=11, text="9,500千円", budget_yen=9500000, fy=None, fy_alt=[2022], role=S, why=W + " (9月補正予定)", note=N,
         program="乳幼児子育て応援支援金"),
    dict(line=17, text="6,000千円", budget_yen=6000000, fy=None, fy_alt=[2022], role=S, why=W + " (9月補正予定)", note=N,
         program="新ステージステップアップ応援支援金"),
    dict(line=20, text="26,000千円", budget_yen=26000000, fy=None, fy_alt=[2022], role=S, why=W + " (9月補正予定)", note=N,
         program="水道基本料金免除(2期分)"),
]
NOT_ROWS = traps(M)
