from kinds import cnt, date, dur

DOC = "sakado_kojo_yuchi_shoreikin"
# 埼玉県坂戸市's 工場誘致条例 奨励金 page, cut before the grants' amounts: `平成20年4月条例を改正` a date (2008-04, a calendar
# month, not a fiscal year); the conditions `敷地面積2,000平方メートル以上`, `延床面積1,000平方メートル以上` physical units
# (no mentions), `従業員数20人以上` a count at_least; `4年間` a duration. `(注1)` … `第8条第1項第1号`, `2分の1` no mentions.
# No amount on the page.
M = [
    date(2, "平成20年4月", "2008-04"),
    cnt(9, "20人", 20, "人", None, q=("at_least",)),
    dur(17, "4年間", 4, "year"),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
