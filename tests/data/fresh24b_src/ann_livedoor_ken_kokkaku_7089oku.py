from kinds import amt, date, dur, trap, traps

DOC = "livedoor_ken_kokkaku_7089oku"
# A prefecture's (unnamed; `平田知事`) 新年度 一般会計当初予算案, a 骨格予算, in a TV news repost with no date written: every
# amount fy null (GUIDE: no year on the page). 一般会計 `約7089億6300万円` `budget`, approx, a trap; `257億円あまり` `other`
# (a change), at_least (`あまり` as `余り`), a trap; `7000億円台` a level 7000億..7999億9999万9999円 `other`, a trap (fresh7a
# 長崎県); `7年連続` a duration (fresh5c). `4日` the report's day: 2026-03-04 (arguable: the same report's other page is dated
# 2026-03-04). The cut last figure `約35憶` (a misspelt unit cut at the length limit) no mention (fresh7a's cut `…が6`).
B, O = "budget", "other"
M = [
    date(1, "4日", "2026-03-04"),
    trap(amt(1, "7089億6300万円", 708963000000, role=B, q=("approx",)), "一般会計", "account total"),
    trap(amt(1, "257億円", 25700000000, None, role=O, q=("at_least",)), "一般会計の減額", "change"),
    trap(amt(1, "7000億円", 700000000000, 799999999999, role=O), "7000億円台", "a level over years, not this year's figure"),
    dur(1, "7年連続", 7, "year"),
]
ROWS: list[dict[str, object]] = []
NOT_ROWS = traps(M)
