from kinds import cnt, date

DOC = "obama_bunkazai_no_mori_sentei_kekka"
# 福井県小浜市's notice of the designated-manager candidate for its ふるさと文化財の森センター (the page repeats its block
# from `【施設名】` on, cut in the repeat): the designation period `令和2年4月1日から令和7年3月31日まで` (two dates, GUIDE
# `XからYまで`), the call's window `令和元年8月16日〜9月17日` (one range, GUIDE `４月10～11日`; blind audit), the
# committee's sessions, `応募数 1団体`, `委員6名(内部委員3名、外部委員3名)` and the score `449点(600点中)` (counts of 点,
# fresh14c). Every mention of the repeat is annotated again on its own line. No amounts, no rows. `第1回`, `第2回`,
# `条例第4条`, `第244条2第6項`, `38号4番地`, `ページNO:004234` no mentions.
M = [
    date(4, "2019年11月7日", "2019-11-07"),
    date(13, "令和2年4月1日", "2020-04-01"), date(13, "令和7年3月31日", "2025-03-31"),
    date(15, "令和元年8月16日〜9月17日", "2019-08-16", "2019-09-17"),
    cnt(16, "1団体", 1, "団体"),
    date(19, "令和元年7月29日", "2019-07-29"),
    date(20, "令和元年10月20日", "2019-10-20"),
    cnt(22, "6名", 6, "名"), cnt(22, "3名", 3, "名"), cnt(22, "3名", 3, "名"),
    cnt(23, "449点", 449, "点"), cnt(23, "600点", 600, "点"),
    date(36, "令和2年4月1日", "2020-04-01"), date(36, "令和7年3月31日", "2025-03-31"),
    date(38, "令和元年8月16日〜9月17日", "2019-08-16", "2019-09-17"),
    cnt(39, "1団体", 1, "団体"),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
