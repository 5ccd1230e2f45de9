from kinds import date, fyr

DOC = "kyoto_h27_seisaku_waku_satei"
# 京都市 行財政局 (広報資料, a document-sharing copy): the cover of 平成27年度当初予算の政策的新規・充実事業予算枠 要求事業の
# 内容と査定結果 (requests published in November, assessments in February). The cover states how the results are read
# and holds no figure: two dates (spaces kept as stored) and two fiscal years. `87.34KB`, `表1`, `①`, `②`, `1 「事業を…`
# are no mentions.
M = [
    date(3, "平成 27 年 2 月 13 日", "2015-02-13"),
    fyr(5, "平成 27 年度", 2015), fyr(6, "平成 27 年度", 2015),
    date(9, "平成 26 年 11 月 27 日", "2014-11-27"),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
