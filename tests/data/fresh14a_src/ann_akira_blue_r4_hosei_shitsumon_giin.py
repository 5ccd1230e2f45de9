from kinds import amt, cnt, trap, traps

DOC = "akira_blue_r4_hosei_shitsumon_giin"
# A city council member's blog (akira.blue, 2023-02-28 by the address; the city is not named in the stored text) lists
# the documents she asked for and the questions the member put in the 予算特別委員会 on 議案第22号, a supplementary of the
# general account: `歳入歳出をそれぞれ4億8394万3千円に…総額をそれぞれ320億1355万6千円にするもの` (the supplementary's
# total (supplementary_budget) and the account's total after it (budget since the blind audit: a total after a
# supplementary is `budget`, fresh / fresh2 / fresh3 / fresh11b), traps: totals of the account); each question names a
# programme and its increase: `庁舎等整備事業 工事請負費1585万円増額補正`, `障害福祉サービス事業 事業費928万4千円増額補正`,
# `障害児通所給付等 事業費1417万円増額補正` (supplementary_budget, rows: a programme's supplementary, GUIDE); inside the
# questions `給付額は233万4576円増` (a change in payments: other, a trap) and `1件当たり5万1726円` (an average payment
# per case: support, a trap, per-recipient sizes). No year is written (the blog's date, February 2023, puts the
# supplementary in FY2022): fy null, rows `fy_alt` [2022]. `11件`, `5件`, `9件`, `48件`, `203件`, `1438件`, `1人`
# counts; `1件当たり` is the rate's unit (no count, fresh13d call 8); `議案第22号`, the list numbers `1.` … `4.`, `①`,
# `②` no mentions.
S, O = "supplementary_budget", "other"
FA = [2022]
M = [
    cnt(2, "11件", 11, "件"),
    trap(amt(2, "4億8394万3千円", 483943000, role=S), "一般会計補正予算 (議案第22号) 補正額",
         "the supplementary's total over every programme"),
    trap(amt(2, "320億1355万6千円", 32013556000), "補正後の歳入歳出総額", "the account's total after the supplementary"),
    cnt(2, "5件", 5, "件"), cnt(2, "9件", 9, "件"),
    amt(10, "1585万円", 15850000, role=S),
    amt(12, "928万4千円", 9284000, role=S),
    cnt(13, "48件", 48, "件"),
    trap(amt(13, "233万4576円", 2334576, role=O), "生活介護 給付額 前年度比 増", "a change of payments against the year before"),
    trap(amt(14, "5万1726円", 51726, role="support"), "地域移行支援 1件当たり", "an average payment per case, a per-recipient size"),
    amt(15, "1417万円", 14170000, role=S),
    cnt(16, "203件", 203, "件"), cnt(16, "1438件", 1438, "件"), cnt(16, "1人", 1, "人"),
]
MIN = "(市; akira.blue の議員の市、名は抜粋外)"
ROWS = [
    dict(line=10, text="1585万円", budget_yen=15850000, fy=None, fy_alt=FA, program="庁舎等整備事業 (工事請負費)", role=S,
         ministry=MIN, why="`庁舎等整備事業 工事請負費1585万円増額補正`: the programme's supplementary in 議案第22号"),
    dict(line=12, text="928万4千円", budget_yen=9284000, fy=None, fy_alt=FA, program="障害福祉サービス事業", role=S,
         ministry=MIN, why="`障害福祉サービス事業 事業費928万4千円増額補正`"),
    dict(line=15, text="1417万円", budget_yen=14170000, fy=None, fy_alt=FA, program="障害児通所給付等", role=S,
         ministry=MIN, why="`障害児通所給付等 事業費1417万円増額補正`"),
]
NOT_ROWS = traps(M)
