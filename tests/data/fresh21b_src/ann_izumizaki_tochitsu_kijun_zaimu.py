from kinds import date, dur, fyr

DOC = "izumizaki_tochitsu_kijun_zaimu"
# 福島県泉崎村's page on its 統一的な基準 財務書類 (made from 平成28年度決算). `平成27年1月` (the minister's notice) a date;
# `平成27年度から平成29年度までの3年間` two fiscal-year points (GUIDE: the two ends of `XからYまで`) and a duration;
# `平成29年度`, `平成28年度` fiscal years; `財務書類4表` a name. No amounts.
M = [
    date(1, "平成27年1月", "2015-01"),
    fyr(1, "平成27年度", 2015),
    fyr(1, "平成29年度", 2017),
    dur(1, "3年間", 3, "year"),
    fyr(2, "平成29年度", 2017),
    fyr(2, "平成28年度", 2016),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
