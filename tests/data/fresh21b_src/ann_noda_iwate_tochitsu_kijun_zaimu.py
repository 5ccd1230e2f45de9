from kinds import cnt, date, dur, fyr

DOC = "noda_iwate_tochitsu_kijun_zaimu"
# 岩手県野田村's page `統一的な基準による財務書類`. `2024年03月27日` a date; `平成27年1月` inside the quoted manual's title
# (`「統一的な基準による地方公会計マニュアル(平成27年1月総務省)」`) no mention (GUIDE: inside quoted titles); `平成29年度から` a
# fiscal year 2017; `1年間` durations; `3つの会計区分` a count of `つ`; `財務4表` a name. The list of years at the end:
# `令和4年度` and the cut `令和3年` (the heading `令和3年度` cut by the length limit): a fiscal year 2021 (NEW: a cut mention keeps
# the whole mention's reading, as the GUIDE's mention broken by a line break; a reader could make it a date 2021).
M = [
    date(2, "2024年03月27日", "2024-03-27"),
    fyr(4, "平成29年度", 2017),
    dur(11, "1年間", 1, "year"),
    dur(13, "1年間", 1, "year"),
    cnt(17, "3つ", 3, "つ"),
    fyr(27, "令和4年度", 2022),
    fyr(28, "令和3年", 2021),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
