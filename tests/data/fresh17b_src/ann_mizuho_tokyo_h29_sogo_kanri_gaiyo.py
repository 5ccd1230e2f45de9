from kinds import date, dur, fyr

DOC = "mizuho_tokyo_h29_sogo_kanri_gaiyo"
# 瑞穂町 (東京都)'s 公共施設等総合管理計画 (概要版, 平成29年3月) as 123deta.com stores it: the carrier's chrome, the cover,
# the plan's place and period (`平成 29(2017)年度から平成 52(2040)年度までの 24 年間`, `前期 10 年、後期 14 年`) and a
# timeline of its periods flattened (`平成 28(2016)年 4 月 … ▼`). No money. Era and Gregorian written together name one
# point (GUIDE `令和３年（2021年）９月１日`): `平成29(2017)年3月` one date, each `平成 N(YYYY)年 M 月` one date, and
# `平成 29(2017)年度` one fiscal year (NEW, arguable: the GUIDE's `令和４年度（2022年度）` writes 年度 twice and is two;
# here 年度 is written once, after the Gregorian). `(平成 28 年度~平成 32 年度)` one fiscal-year range (fresh13b). `24 年間`,
# `10 年`, `14 年`, `【前期 10 年】` durations. The carrier's `Academic year: 2021` a date (fresh14b's call 10) and its
# counters `8`, `0`, `0` bare; `第4次`, `第 5 次`, `第6次`, `(1)`, `(2)` no mentions.
M = [
    date(6, "2021", "2021"),
    date(17, "平成29(2017)年3月", "2017-03"),
    fyr(22, "平成 29(2017)年度", 2017), fyr(22, "平成 52(2040)年度", 2040), dur(22, "24 年間", 24, "year"),
    dur(22, "10 年", 10, "year"), dur(22, "14 年", 14, "year"),
    date(22, "平成 28(2016)年 4 月", "2016-04"), date(22, "平成 33(2021)年 3 月", "2021-03"),
    date(22, "平成 43(2031)年 3 月", "2031-03"), date(22, "平成 53(2041)年 3 月", "2041-03"),
    date(22, "平成 29(2017)年 4 月", "2017-04"), date(22, "平成 39(2027)年 3 月", "2027-03"),
    date(22, "平成 53(2041)年 3 月", "2041-03"),
    dur(25, "10 年", 10, "year"),
    fyr(27, "平成 28 年度~平成 32 年度", 2016, 2020),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
