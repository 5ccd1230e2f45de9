from kinds import amt, cnt, date, trap, traps

DOC = "juroku_kirin_ga_kuru_hakyu"
# 十六総合研究所's estimate of the economic ripple effect of the 大河ドラマ「麒麟がくる」 centred on 岐阜県 (岐阜新聞, 2020-01-11).
# Every amount is an estimate: role `other`, fy null (no fiscal year). The total (headline `73億円`, lead `約73億円`) and the past
# dramas' average `200億円規模` (規模 is no qualifier in the GUIDE's list) are traps. `10日`, `19日` take the item's 2020-01.
# `2012~18年` one date range 2012..2018 (the upper end's two digits share the lower end's century); the bare `18年` (two
# digits, no era) is no mention (GUIDE). `大河ドラマ7回` / `過去7回` counts of 回 (how many dramas, not ordinals); `3カ所` → か所;
# the clock time `08:26` no mention.
O = "other"
M = [
    trap(amt(1, "73億円", 7300000000, role=O), "麒麟がくる 経済効果 (見出し)", "an estimated economic effect"),
    date(2, "2020年01月11日", "2020-01-11"),
    date(3, "10日", "2020-01-10"),
    date(3, "19日", "2020-01-19"),
    trap(amt(3, "73億円", 7300000000, role=O, q=("approx",)), "麒麟がくる 経済波及効果", "an estimated economic effect"),
    cnt(3, "85万人", 850000, "人", q=("approx",)),
    amt(3, "53億円", 5300000000, role=O, q=("approx",)),
    amt(4, "47億7800万円", 4778000000, role=O),
    amt(4, "25億2500万円", 2525000000, role=O),
    date(5, "2012~18年", "2012", "2018"),
    cnt(5, "7回", 7, "回"),
    cnt(6, "7回", 7, "回"),
    trap(amt(6, "200億円", 20000000000, role=O), "過去7回の大河ドラマの平均経済波及効果", "a past average effect"),
    cnt(6, "3カ所", 3, "か所"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
