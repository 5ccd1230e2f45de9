from kinds import amt, date, fyr

DOC = "kyobun_2019_sports_gaisan"
# 文部科学省's 2019年度 概算要求 for sport (スポーツ庁) as 教育新聞 reports it: budget FY2019. The total (`461億円超` in
# the headline: at_least, `超` GUIDE; `461億5100万円`) traps; the increase `121億6200万円` other, a trap; the four items
# `name に N円(…N円増)` rows, their increases `other` traps (fy 2019 as the year's changes, fresh8a). `18年度`, `20年`,
# `19年` era-less (no mentions); `8月30日` 2018-08-30; `……` the page's cut.
B, O, FY = "budget", "other", 2019
M = [
    amt(1, "461億円", 46100000000, None, fy=FY, q=("at_least",)),
    date(2, "8月30日", "2018-08-30"), fyr(2, "2019年度", FY), amt(2, "461億5100万円", 46151000000, fy=FY),
    amt(2, "121億6200万円", 12162000000, role=O, fy=FY),
    amt(3, "110億円", 11000000000, fy=FY), amt(3, "14億円", 1400000000, role=O, fy=FY),
    amt(3, "85億8400万円", 8584000000, fy=FY), amt(3, "49億3700万円", 4937000000, role=O, fy=FY),
    amt(3, "12億3800万円", 1238000000, fy=FY), amt(3, "7100万円", 71000000, role=O, fy=FY),
    amt(3, "3億1200万円", 312000000, fy=FY), amt(3, "1600万円", 16000000, role=O, fy=FY),
]
W = "`name に N円(…N円増)` in the sport part of 文部科学省's 2019年度 概算要求"
ROWS = [
    dict(line=3, text="110億円", budget_yen=11000000000, fy=FY, program="競技力向上", role=B, ministry="スポーツ庁", why=W),
    dict(line=3, text="85億8400万円", budget_yen=8584000000, fy=FY, program="ナショナルトレーニングセンターの整備",
         role=B, ministry="スポーツ庁", why=W),
    dict(line=3, text="12億3800万円", budget_yen=1238000000, fy=FY, program="スポーツを通じた国際協力・交流", role=B,
         ministry="スポーツ庁", why=W),
    dict(line=3, text="3億1200万円", budget_yen=312000000, fy=FY, program="ドーピング防止", role=B, ministry="スポーツ庁", why=W),
]
NOT_ROWS = [
    dict(line=1, text="461億円", value_yen=46100000000, fy=FY, mention_role=B, what="スポーツ関連は461億円超 (headline)",
         reason="the sport request total as a bound"),
    dict(line=2, text="461億5100万円", value_yen=46151000000, fy=FY, mention_role=B, what="スポーツ関連の要求総額",
         reason="the sport request total"),
    dict(line=2, text="121億6200万円", value_yen=12162000000, fy=FY, mention_role=O, what="18年度予算に比べた増加",
         reason="an increase"),
] + [dict(line=3, text=t, value_yen=v, fy=FY, mention_role=O, what=w, reason="an item's increase")
     for t, v, w in (("14億円", 1400000000, "18年度予算比14億円増"), ("49億3700万円", 4937000000, "同49億3700万円増"),
                     ("7100万円", 71000000, "同7100万円増"), ("1600万円", 16000000, "同1600万円増"))]
