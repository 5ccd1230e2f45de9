from kinds import amt, cnt, date, dur, trap, traps

DOC = "kasamatsu_r4_bukka_dokuji_shisaku"
# 岐阜県笠松町's page (docs/2022071400013, 2022-07-14): the town's own price-relief measures funded by the 地方創生臨時交付金, in a
# flattened table `主な施策 概 要 事業費`: each measure, its size per household or child, and its 事業費 in 千円 (on the same
# line or on a line of its own), four of them marked `(※9月補正予定)`. The 事業費 are the measures' money of FY2022 (the
# page's year; the text writes no fiscal year: fy from the page's date, fresh17a 香川県, fresh9b): ROWS. The four under
# `(※9月補正予定)` (`31,500千円`, `9,500千円`, `6,000千円`, `26,000千円`): supplementary_budget (a planned supplementary; no
# `draft`, the GUIDE's draft is `（案）`); the coupon's `35,147千円` has no such note: `budget`, an AMBIGUOUS row (a reader
# could read it as in an earlier supplementary). The sizes `5,000円分` per household (coupon), `1人9,000円`, `1人10,000円`:
# `support`, fy 2022 (the measures' year, as 妙高市's), traps. `3か月分` twice durations; `10月から12月まで` two points 2022;
# `9月補正` 2022-09 (four times); `令和5年4月` twice; `4期(11月)と5期(1月)` the months 2022-11 and 2023-01 (the sequence
# rolls over), `4期`, `5期` billing-period ordinals (no mention), `2期分` counts of 2 `期` (title and text). `1人`, `1回あたり`
# rate words; `新1年生` a grade: no mentions.
S, B, SB = "support", "budget", "supplementary_budget"
FY = 2022
M = [
    trap(amt(5, "5,000円", 5000, role=S, fy=FY), "生活応援割引クーポン券 (1世帯あたりの割引額)",
         "a coupon per household (a relief size), not a budget row"),
    amt(5, "35,147千円", 35147000, role=B, fy=FY),
    dur(6, "3か月分", 3, "month"),
    date(7, "10月", "2022-10"), date(7, "12月", "2022-12"), dur(7, "3か月分", 3, "month"),
    amt(8, "31,500千円", 31500000, role=SB, fy=FY),
    date(9, "9月", "2022-09"),
    trap(amt(10, "9,000円", 9000, role=S, fy=FY), "乳幼児子育て応援支援金 (未就学児1人あたり)",
         "a grant per child (a relief size), not a budget row"),
    amt(11, "9,500千円", 9500000, role=SB, fy=FY),
    date(12, "9月", "2022-09"),
    date(15, "令和5年4月", "2023-04"),
    trap(amt(15, "10,000円", 10000, role=S, fy=FY), "新ステージステップアップ応援支援金 (新1年生1人あたり)",
         "a grant per pupil (a relief size), not a budget row"),
    date(16, "令和5年4月", "2023-04"),
    amt(17, "6,000千円", 6000000, role=SB, fy=FY),
    date(18, "9月", "2022-09"),
    cnt(19, "2期分", 2, "期"), date(19, "11月", "2022-11"), date(19, "1月", "2023-01"), cnt(19, "2期分", 2, "期"),
    amt(20, "26,000千円", 26000000, role=SB, fy=FY),
    date(21, "9月", "2022-09"),
]
W = "a price-relief measure's 事業費 in the town's table of its own measures (FY2022, the page's year)"
ROWS = [
    dict(line=5, text="35,147千円", budget_yen=35147000, fy=FY, role=B, program="生活応援割引クーポン券", why=W, ambiguous=True,
         aliases=["生活応援割引クーポン券事業"], note="no `9月補正予定` note: budget or an earlier supplementary"),
    dict(line=8, text="31,500千円", budget_yen=31500000, fy=FY, role=SB, program="学校給食費の免除(3か月分)", why=W,
         aliases=["学校給食費の免除"]),
    dict(line=11, text="9,500千円", budget_yen=9500000, fy=FY, role=SB, program="乳幼児子育て応援支援金", why=W,
         aliases=["乳幼児子育て応援支援金(仮)"]),
    dict(line=17, text="6,000千円", budget_yen=6000000, fy=FY, role=SB, program="新ステージステップアップ応援支援金", why=W,
         aliases=["新ステージステップアップ応援支援金(仮)"]),
    dict(line=20, text="26,000千円", budget_yen=26000000, fy=FY, role=SB, program="水道基本料金免除(2期分)", why=W,
         aliases=["水道基本料金免除"]),
]
NOT_ROWS = traps(M)
