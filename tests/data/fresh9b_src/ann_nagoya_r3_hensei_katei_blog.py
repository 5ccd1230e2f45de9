from kinds import amt, date, fyr

DOC = "nagoya_r3_hensei_katei_blog"
# 愛知県名古屋市 (a city council member's blog, say-kurabe.com, reporting the city's 予算編成過程の公開 under its ordinance):
# the 令和3年度 (FY2021) requests for 臨時・政策経費 against the previous year's and the frame reserved. Calls: a request
# total with no adopted figure beside it is the `budget` of the requested year (earlier sets' `各局要求総額`), so
# `要求額は1,395億円` is budget FY2021 and `令和2年度の要求額は1,049億円` budget FY2020, both traps (totals over all bureaus'
# requests, not programmes); the `一般財源ベース` figures (the requests' and the reserved frame's general-revenue part)
# are financing measures, `other` (earlier sets: a financing split is `other`), traps; the `税収減` a revenue change,
# `other`. The schedule's months carry no year: the deck's year is 2020 (the 令和3年度 budget's requests are published in
# November 2020), rolling over into 2021 from January (GUIDE); `11月~1月上旬` is one range. No programme is named with a
# figure: no rows. Same issuer as `nagoya_midori_yokyu_satei` (the city's own 要求と査定経過 sheets): a second sub-shape.
B, O = "budget", "other"
M = [
    fyr(3, "令和3年度", 2021), amt(3, "1,395億円", 139500000000, role=B, fy=2021), amt(3, "200億円", 20000000000, role=O, fy=2021),
    fyr(3, "令和2年度", 2020), amt(3, "1,049億円", 104900000000, role=B, fy=2020), amt(3, "114億円", 11400000000, role=O, fy=2020),
    fyr(3, "令和3年度", 2021), amt(3, "70億円", 7000000000, role=O, fy=2021),
    amt(4, "70億円", 7000000000, role=O, fy=2021), amt(4, "200億円", 20000000000, role=O, fy=2021),
    fyr(4, "令和3年度", 2021), amt(4, "440億円", 44000000000, role=O, fy=2021),
    date(6, "11月", "2020-11"), date(9, "11月~1月", "2020-11", "2021-01"), date(11, "1月", "2021-01"),
    date(13, "1月", "2021-01"), date(15, "2月", "2021-02"), date(20, "3月", "2021-03"),
]
ROWS: list[dict] = []
NOT_ROWS = [
    dict(line=3, text="1,395億円", value_yen=139500000000, fy=2021, mention_role=B, what="令和3年度 臨時・政策経費の要求額 (各局)",
         reason="total of all bureaus' requests"),
    dict(line=3, text="200億円", value_yen=20000000000, fy=2021, mention_role=O, what="同 一般財源ベース",
         reason="financing part of a request total"),
    dict(line=3, text="1,049億円", value_yen=104900000000, fy=2020, mention_role=B, what="令和2年度の要求額",
         reason="previous year's request total"),
    dict(line=3, text="114億円", value_yen=11400000000, fy=2020, mention_role=O, what="同 一般財源ベース",
         reason="financing part of a request total"),
    dict(line=3, text="70億円", value_yen=7000000000, fy=2021, mention_role=O, what="臨時・政策経費の留保額 (一般財源ベース)",
         reason="financing frame of the budget"),
    dict(line=4, text="70億円", value_yen=7000000000, fy=2021, mention_role=O, what="70億円の財源", reason="financing frame"),
    dict(line=4, text="200億円", value_yen=20000000000, fy=2021, mention_role=O, what="200億円の要求 (一般財源ベース)",
         reason="financing part of a request total"),
    dict(line=4, text="440億円", value_yen=44000000000, fy=2021, mention_role=O, what="税収減", reason="revenue change"),
]
