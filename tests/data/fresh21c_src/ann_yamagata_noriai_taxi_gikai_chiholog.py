from kinds import cnt, date, dur, fyr, pct

DOC = "yamagata_noriai_taxi_gikai_chiholog"
# chiholog.net (yamagatalog) search page: answers in 山形県's municipal assemblies (酒田市議会 2023-03-16, and a city whose
# 予約制乗り合いタクシー ドモス serves 成生・蔵増・寺津, i.e. 天童市) on demand-responsive taxis: users (`延べ…1万710人`,
# `8,593人`), registrations, real users, the share `20%近く` (approx), operating days (`週3日`, `平日5日`: durations, GUIDE's
# `週2日`). `2023-03-16` and `03月16日` are one date written twice: two mentions. `前年11月` has no year of its own (fresh20a's
# `昨年2月`): no mention. `-07号` an issue number. No amounts.
M = [
    date(1, "2023-03-16", "2023-03-16"),
    date(1, "03月16日", "2023-03-16"),
    dur(2, "3日", 3, "day"),
    dur(2, "5日", 5, "day"),
    dur(3, "3日", 3, "day"),
    dur(3, "5日", 5, "day"),
    fyr(4, "平成30年度", 2018),
    cnt(4, "1万710人", 10710, "人"),
    cnt(4, "2,399人", 2399, "人"),
    cnt(4, "474人", 474, "人"),
    pct(4, "20%", 20, q=("approx",)),
    cnt(5, "1万710人", 10710, "人"),
    dur(5, "2年", 2, "year"),
    fyr(6, "平成29年度", 2017),
    cnt(6, "8,593人", 8593, "人"),
    cnt(6, "512人", 512, "人"),
    cnt(6, "2,182人", 2182, "人"),
    cnt(6, "392人", 392, "人"),
    cnt(6, "34人", 34, "人"),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
