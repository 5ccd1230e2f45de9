from kinds import amt, cnt, dur, trap, traps

DOC = "koseisho_s35_yokyu_jiko_kokalog"
# 厚生省's 政府委員 熊崎 (衆議院, February 1960; kokalog.net's viewer page of the speech, a line broken at every linked
# word) explains the ministry's request for 昭和三十五年度 item by item, from the handout 「昭和三十五年度厚生省所管予算
# 要求額主要事項別調」 (a quoted title: no fiscal-year mention, GUIDE; it names the year of every request figure, fy 1960,
# fresh13d's quoted plan title). Rows: `医療制度調査費千四百十五万九千円`, its named part `医業経営実態調査関係の経費は千三百
# 二十万九千円` (a part written inside its parent's figure: an ambiguous row since the blind audit, fresh11b's 北見市)
# and `結核対策費が百七十四億八百四万六千円計上`
# (a request of the year is `budget`, fresh's komutai call). Traps: `前年度よりも九億五千万円ふえて` (a change, other, fy 1960,
# fresh10b) and `毎年決算時におきましても大体一億か二億ぐらい…不用額` (money left unspent each year: other, a range
# 1億..2億, approx, fy null; `N億` without 円 an amount, fresh2). `三十七日` is read as written, a duration of 37 days
# (NEW, arguable: the transcript's slip for 三十七項目, but the GUIDE reads what is written). `三十四` / `年度予算` has no
# era (no mention); `二百地区` a count; `内訳の一つの` a count of 1 つ (GUIDE's `の一つ`; added by the
# blind audit); `二十分の一`… fractions; `三枚目`, `一ページ`, `第一`, `二の項目` no mentions.
B, O, FY = "budget", "other", 1960
M = [
    dur(2, "三十七日", 37, "day"),
    amt(5, "千四百十五万九千円", 14159000, fy=FY),
    amt(7, "千三百二十万九千円", 13209000, fy=FY),
    amt(10, "百七十四億八百四万六千円", 17408046000, fy=FY),
    cnt(10, "一つ", 1, "つ"),
    trap(amt(10, "九億五千万円", 950000000, role=O, fy=FY), "結核対策費 前年度比 増", "a change against the year before (fresh10b)"),
    trap(amt(12, "一億か二億", 100000000, 200000000, role=O, q=("approx",)), "予防接種・健康診断の不用額 (毎年)",
         "money left unspent in past years' settlements, not a budget"),
    cnt(19, "二百地区", 200, "地区"),
]
MIN = "厚生省"
ROWS = [
    dict(line=5, text="千四百十五万九千円", budget_yen=14159000, fy=FY, program="医療制度調査費", role=B, ministry=MIN,
         why="`第一は医療制度調査費千四百十五万九千円` in the 昭和三十五年度 request by item"),
    dict(line=7, text="千三百二十万九千円", budget_yen=13209000, fy=FY, program="医業経営実態調査 (医療制度調査費の内)", role=B,
         ministry=MIN, ambiguous=True,
         why="`医業経営実態調査関係の経費は千三百二十万九千円という負担額を計上`: a part written inside its parent's figure "
             "(`これは…医業経営実態調査関係の経費が入ってございまして`): ambiguous (fresh11b's blind audit, fresh4, fresh8a)"),
    dict(line=10, text="百七十四億八百四万六千円", budget_yen=17408046000, fy=FY, program="結核対策費", role=B, ministry=MIN,
         why="`結核対策費が百七十四億八百四万六千円計上されておりまして`"),
]
NOT_ROWS = traps(M)
