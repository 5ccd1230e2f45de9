from kinds import amt, date, trap, traps

DOC = "nordot_2024_fushi_banpaku_futan_1378oku"
# 共同通信 on nordot: 大阪府 and 大阪市's share of the 万博's costs, updated on 2023-12-22 (`22日`; the `19日` publication is
# 2023-12-19: both fixed by the same update's other reports in the corpus, 府市 announced 1113 / 1112億 on 19 December
# 2023 and 1378億 on the 22nd; the page itself names no month: arguable). Every figure is a share or a sum over the
# years to the expo: `other`, fy null, traps (府市負担 `1378億円` headline and body, `1113億円`, the expo site's share
# `会場整備費783億円`, the pavilion's `119億円`); the addition `24年度予算案に計上見込みの事業費など計265億円` is `budget` fy 2024
# (`24年度` a two-digit year, no mention, its century fixed by the text's `2025年`) but a sum of several items (`など`): a
# trap. `2025年大阪・関西万博` a name; `3等分` no mention; `(1)`, `(2)` list numbers.
B, O = "budget", "other"
R_SH = "a government's share of an event's costs over several years, not a year's budget"
M = [
    trap(amt(1, "1378億円", 137800000000, role=O), "大阪府市の万博負担 (見出し)", R_SH),
    date(2, "22日", "2023-12-22"),
    trap(amt(2, "1378億円", 137800000000, role=O), "府市の万博負担分", R_SH),
    date(2, "19日", "2023-12-19"),
    trap(amt(2, "1113億円", 111300000000, role=O), "19日公表の府市負担分", R_SH),
    trap(amt(2, "265億円", 26500000000, role=B, fy=2024), "24年度予算案に計上見込みの事業費など 計",
         "a sum of several items added to the share, not one programme"),
    date(3, "19日", "2023-12-19"),
    trap(amt(3, "783億円", 78300000000, role=O), "会場整備費 府市負担分", R_SH),
    trap(amt(3, "119億円", 11900000000, role=O), "大阪ヘルスケアパビリオン整備関連", R_SH),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
