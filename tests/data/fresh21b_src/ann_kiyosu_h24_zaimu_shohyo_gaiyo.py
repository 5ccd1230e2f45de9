from kinds import date, dur, fyr

DOC = "kiyosu_h24_zaimu_shohyo_gaiyo"
# 愛知県清須市's `平成 24 年度 清須市の財務諸表について ( 概要版 )` (基準モデル / 総務省方式改訂モデル era; copied on docsplayer.net,
# whose chrome heads the text). The stored part is the cover and the table of contents: `平成 24 年度` fiscal years (spaced as
# stored; fresh16a), `平成 25 年 12 月` a date; `財務書類 4 表` a name (no mention, an earlier set's `財務4表`); the contents' page
# numbers and list marks (`1`, `Ⅰ`, `2 もくじ`) no mentions. The carrier's `6 years ago` a duration (6 year; NEW: an English
# relative age, like `9年ぶり`). No amounts: the figures (in 億円) come after the cut.
M = [
    dur(5, "6 years", 6, "year"),
    fyr(8, "平成 24 年度", 2012),
    date(8, "平成 25 年 12 月", "2013-12"),
    fyr(9, "平成 24 年度", 2012),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
