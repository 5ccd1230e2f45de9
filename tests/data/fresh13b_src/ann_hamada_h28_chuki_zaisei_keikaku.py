from kinds import date, dur, fyr

DOC = "hamada_h28_chuki_zaisei_keikaku"
# 島根県浜田市's 中期財政計画 (平成28年12月): its cover (計画期間 平成28-33年度, 見通し期間 平成34-37年度), contents (page
# numbers: no mentions) and the first lines of 策定のポイント. No amount (`効果額` named without a figure). The PDF text
# spaces numerals from their units (`平成 28 年度`, `6 年間`, `7 年 間`): texts as stored; `7 年 間` broken by a space
# takes `7 年` (GUIDE's broken mention, by analogy). `昨年 12 月` in a deck of 平成28年12月: 2015-12 (NEW: `昨年` moves
# the year back). `第 2` an ordinal.
M = [
    fyr(1, "平成 28 年度~平成 33 年度", 2016, 2021), dur(1, "6 年間", 6, "year"),
    fyr(1, "平成 34 年度~平成 37 年度", 2022, 2025), dur(1, "4 年間", 4, "year"),
    date(1, "平成 28 年 12 月", "2016-12"), date(1, "12 月", "2015-12"),
    fyr(1, "平成 27 年度", 2015), fyr(1, "平成 33 年度", 2021), dur(1, "7 年", 7, "year"),
]
ROWS: list = []
NOT_ROWS: list = []
