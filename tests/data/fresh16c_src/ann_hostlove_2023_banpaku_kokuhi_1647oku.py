from kinds import amt, date, trap, traps

DOC = "hostlove_2023_banpaku_kokuhi_1647oku"
# A newspaper's item (2023-12, days before the 19th) on news.hostlove.com (the page names no paper): the national
# government's spending on the 2025 expo from the bid to
# the opening, before its publication on 2023-12-19 (`19日にも公表`), and its breakdown. Every figure is a payer's
# spending over several years, a part of it, an indirect cost or the expo's operating and construction cost: `other`,
# fy null, traps: the total `国費総額は1647億円` (headline, no `約`) / `約1647億円`, the state's third of the site
# `最大783億円` and `日本館…最大360億円` (at_most, min null), `約240億円`, `約199億円`, `約38億円` (twice: lines 3 and 4), the spent
# `計約27億円`, the indirect `約9・7兆円` and `約3・4兆円` (`・` the decimal point, fresh11c's `99・1%`), the operating cost
# `1160億円`, the first estimate `1250億円`. The cut last line's `2350` lost its unit: no mention (fresh13d's cut line).
# Days: `19日` 2023-12-19 (twice), `14日` 2023-12-14 (万博協会's operating cost of that day); `2025年大阪・関西万博` a name;
# `3分の1`, `1・9倍` no mentions.
O = "other"
R = "a government's spending on an event over several years (or a part of it), not a year's budget"
M = [
    trap(amt(1, "1647億円", 164700000000, role=O), "万博 国費総額 (見出し)", R),
    date(1, "19日", "2023-12-19"),
    trap(amt(2, "1647億円", 164700000000, role=O, q=("approx",)), "万博 国費総額", R),
    date(3, "19日", "2023-12-19"),
    trap(amt(3, "38億円", 3800000000, role=O, q=("approx",)), "機運醸成の費用", R),
    trap(amt(4, "783億円", None, 78300000000, role=O, q=("at_most",)), "会場建設費 国負担分", R),
    trap(amt(4, "360億円", None, 36000000000, role=O, q=("at_most",)), "日本館の建設など", R),
    trap(amt(4, "240億円", 24000000000, role=O, q=("approx",)), "発展途上国の出展支援", R),
    trap(amt(4, "199億円", 19900000000, role=O, q=("approx",)), "警備費", R),
    trap(amt(4, "38億円", 3800000000, role=O, q=("approx",)), "機運醸成の費用", R),
    trap(amt(4, "27億円", 2700000000, role=O, q=("approx",)), "誘致・開催計画作成の調査など (使用済み)", "money already spent"),
    trap(amt(5, "9・7兆円", 9700000000000, role=O, q=("approx",)), "関連インフラ整備 (間接的な経費)", R),
    trap(amt(5, "3・4兆円", 3400000000000, role=O, q=("approx",)), "各省庁の事業 (間接的な経費)", R),
    date(6, "14日", "2023-12-14"),
    trap(amt(6, "1160億円", 116000000000, role=O), "万博 会場運営費", "an event's operating cost, not a year's budget"),
    trap(amt(7, "1250億円", 125000000000, role=O), "会場建設費 当初想定", "an event's first cost estimate"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
