from kinds import amt, cnt, date, trap, traps

DOC = "ishinomaki_h26_shiritsu_byoin_kensetsuhi_kahoku"
# A blog's copy (izai.net, 2014-06-18) of 河北新報's item of 2014-06-08 on 宮城県石巻市's city hospital rebuilt after the
# tsunami: the 建設費 estimate doubled from `約70億円` (basic design) to `約140億円` (detailed design), and 南三陸町's hospital
# tender won at `約52億円`: estimates and a tender result, `other`, fy null, traps; no appropriation, no rows. Dates: the two
# datelines, year-less months of 2014 (`5月の実施設計`, `6月定例会` a session by its month, `5月の入札`, `7月ごろ`),
# `2016年7月`; `7階`, `6診療科`, `180床` counts; `2倍` (twice) a multiple, no kind covers it; `2階以上` a floor's
# position, no count; the cut `15` at the end no mention.
O = "other"
EST = "the hospital's construction cost estimate, not an appropriation"
M = [
    date(2, "2014.06.18", "2014-06-18"),
    date(3, "2014年06月08日", "2014-06-08"),
    date(8, "5月", "2014-05"),
    cnt(10, "7階", 7, "階"), cnt(10, "6診療科", 6, "診療科"), cnt(10, "180床", 180, "床"),
    trap(amt(11, "70億円", 7000000000, role=O, q=("approx",)), "石巻市立病院 建設費 (基本設計時の概算)", EST),
    trap(amt(12, "140億円", 14000000000, role=O, q=("approx",)), "石巻市立病院 建設費 (実施設計の積算)", EST),
    date(15, "6月", "2014-06"),
    date(16, "2016年7月", "2016-07"),
    date(17, "5月", "2014-05"),
    trap(amt(17, "52億円", 5200000000, role=O, q=("approx",)), "南三陸病院 落札額", "a tender's winning price"),
    date(17, "7月", "2014-07", q=("approx",)),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
