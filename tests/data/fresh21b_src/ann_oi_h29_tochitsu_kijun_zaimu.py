from kinds import date, dur, fyr

DOC = "oi_h29_tochitsu_kijun_zaimu"
# 福井県おおい町's `平成29年度決算 統一的な基準による おおい町財務書類` (平成31年3月; copied on fdocument.pub, whose chrome writes the
# page count `30`, no mention). The stored part is the cover, the table of contents (page numbers `・・・ 1` … and list marks
# `1.`, `①`: no mentions; `財務書類4表` a name) and the opening: `1年間` a duration. Fiscal year `平成29年度` and date `平成31年3月`
# twice each (the carrier's title line and the cover).
M = [
    fyr(3, "平成29年度", 2017),
    date(3, "平成31年3月", "2019-03"),
    fyr(5, "平成29年度", 2017),
    date(8, "平成31年3月", "2019-03"),
    dur(32, "1年間", 1, "year"),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
