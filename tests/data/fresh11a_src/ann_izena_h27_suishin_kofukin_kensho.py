from kinds import cnt, fyr, pct

DOC = "izena_h27_suishin_kofukin_kensho"
# 伊是名村's 検証シート of one programme of the national 沖縄振興特別推進交付金 (the review sheet's layout), ONE line:
# every money cell is bare under `【単位:千円】` (当初予算額 `48,374 … 35,000`, 予算現額, 増減額 `▲ 605`, 繰越額, 計,
# 執行済額, うち交付金充当額, 次年度繰越額): no amount at all (issue 22); the 執行率 cells carry `%`: five percents.
# Column years without an era (`24年度(繰越) 25年度 26年度 27年度`, `24年度` ×3 later): no mentions. The title's
# `平成27年度` a fiscal year (fresh9b counts a title line's); `平成24年度~33年度` one fiscal-year range (the era
# applies to both ends, 平成33 = 2021); `H27` a fiscal year (GUIDE's era abbreviations). 活動目標 `15ヵ所` (target and
# result) and `4ヵ所`: counts of か所. Codes and list marks (`1-①`, `Ⅲ-1-(1)`, `第3章-3-(12)-ア`), the name
# `沖縄21世紀ビジョン`: no mentions. Its empty budgets files make any predicted row or amount a false positive.
M = [
    fyr(1, "平成27年度", 2015),
    pct(1, "35.6%", 35.6), pct(1, "73.1%", 73.1), pct(1, "74.7%", 74.7), pct(1, "76.3%", 76.3), pct(1, "97.1%", 97.1),
    fyr(1, "平成24年度~33年度", 2012, 2021),
    fyr(1, "H27", 2015),
    cnt(1, "15ヵ所", 15, "か所"), cnt(1, "15ヵ所", 15, "か所"), cnt(1, "4ヵ所", 4, "か所"),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
