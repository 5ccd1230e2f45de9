from kinds import amt, cnt, date, dur, fyr, pct, trap, traps

DOC = "smbiz_2023_it_donyu"
# 朝日新聞 SMBIZ's explanation of 中小企業庁's IT導入補助金 for 2023 (one programme's types, grants and rates); no
# programme budget on the page: every amount a grant per applicant, `support`, fy null (`2023年の補助額` is a calendar year,
# not a fiscal-year label; arguable), traps, no row. `最大450万円`, `50万円以下` at_most, min null. Ranges of one grant
# `5万円から150万円` and `150万円から450万円以下` one interval each (fresh24d's `二万円から七万円`, fresh23a's grant ranges); NEW,
# arguable: `以下` closing a written range adds no qualifier (as the GUIDE's `まで` closing a range); `50万円超~350万円` one
# interval 500,000..3,500,000, no qualifier (NEW, arguable: `超` on a closed range's lower end). Counts `1機能以上`,
# `2機能以上` at_least; durations `事業終了後3年`, `最大2年間` and `最大2年分` at_most; `年率平均3%以上` at_least.
# `2023年` a date; `2022年度` ×2 fiscal years (`2次補正` an ordinal). Fractions `1/2~3/4`, `1/2以内`, `3/4以内`, `2/3以内`,
# list numbers `1.`…`4.`, the URL: no mentions.
SU = "support"
M = [
    dur(8, "3年", 3, "year"), pct(8, "3%", 3, None, q=("at_least",)),
    date(9, "2023年", "2023"),
    trap(amt(9, "450万円", None, 4500000, role=SU, q=("at_most",)), "2023年の補助額は最大450万円", "a cap per applicant"),
    fyr(10, "2022年度", 2022),
    dur(11, "2年間", None, "year", 2, q=("at_most",)),
    trap(amt(12, "5万円から150万円", 50000, 1500000, role=SU), "A類型の補助額", "a range of one grant"),
    trap(amt(12, "150万円から450万円", 1500000, 4500000, role=SU), "B類型の補助額", "a range of one grant"),
    dur(12, "2年", None, "year", 2, q=("at_most",)),
    fyr(13, "2022年度", 2022),
    cnt(14, "1機能", 1, "機能", None, q=("at_least",)),
    trap(amt(14, "50万円", None, 500000, role=SU, q=("at_most",)), "1機能以上の場合の補助額 50万円以下", "a cap per applicant"),
    cnt(14, "2機能", 2, "機能", None, q=("at_least",)),
    trap(amt(14, "50万円超~350万円", 500000, 3500000, role=SU), "2機能以上の場合の補助額", "a range of one grant"),
]
ROWS: list = []
NOT_ROWS = traps(M)
