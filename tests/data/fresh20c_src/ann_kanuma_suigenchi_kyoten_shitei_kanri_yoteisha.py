from kinds import date, dur, fyr

DOC = "kanuma_suigenchi_kyoten_shitei_kanri_yoteisha"
# 日経BP's 新・公民連携最前線 (address 2021-02) on 栃木県鹿沼市's proposal call for the designated manager-to-be of a
# spa and camp base by the 南摩ダム: the pre-opening role `2021年4月から2024年3月末`, the call's schedule (`3月12日まで`,
# `3月22日`, `3月末`, `2月15日・18日`, `2月10日まで`, year-less: 2021 from the address and the role's start in April 2021)
# and the designation `2024年4月から5年間`. Deadlines with `まで` are null..date at_most (GUIDE `10月まで`); `から` gives
# a point; `末` dropped as `下旬`. `約5万m2` an area, no mention. No amounts (`費用負担はしない`), no rows.
M = [
    fyr(5, "2024年度", 2024), fyr(5, "2024年度", 2024),
    date(6, "2021年4月", "2021-04"), date(6, "2024年3月", "2024-03"),
    date(7, "3月12日", None, "2021-03-12", q=("at_most",)),
    date(7, "3月22日", "2021-03-22"),
    date(7, "3月末", "2021-03"),
    date(7, "2月15日", "2021-02-15"), date(7, "18日", "2021-02-18"),
    date(7, "2月10日", None, "2021-02-10", q=("at_most",)),
    date(8, "2024年4月", "2024-04"),
    dur(8, "5年間", 5, "year"),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
