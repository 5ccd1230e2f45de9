from kinds import amt, cnt, date, dur, fyr, trap, traps

DOC = "ofunato_r3_daiichi_chu_kaichiku_keiyaku"
# 東海新報 (2021-09-25, the address's date) on 岩手県大船渡市's works contract for rebuilding 第一中学校: the contract `金額は
# 26億7300万円` (`other`, fy null, a trap; no rows). `再来年3月` 2023-03 (two years after the item's 2021); `24日` 2021-09-24;
# `工期は令和5年3月15日(水)まで` null..2023-03-15 at_most; `昭和37年` 1962; `59年` a duration; `令和元年度`, `令和5年度` fiscal
# years; `4階建て` (three times) counts of 階; the floors named by number (`1階には`, `2階には`, `3階に`, `4階は`) are
# positions, no counts; `100㍍`, `200㍍`, areas no mentions.
M = [
    date(1, "3月", "2023-03"),
    date(3, "24日", None, "2021-09-24", q=("at_most",)),
    trap(amt(3, "26億7300万円", 2673000000, role="other"), "第一中学校改築 工事請負契約 金額", "a works contract, not an appropriation"),
    cnt(3, "4階", 4, "階"),
    date(3, "令和5年3月15日", None, "2023-03-15", q=("at_most",)),
    cnt(4, "4階", 4, "階"),
    date(5, "昭和37年", "1962"),
    dur(5, "59年", 59, "year"),
    fyr(6, "令和元年度", 2019),
    cnt(7, "4階", 4, "階"),
    fyr(10, "令和5年度", 2023),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
