from kinds import amt, cnt, date, fyr, pct

DOC = "naganokaigi_maff_gaisan_yokyu"
# 長野県農業会議's note on 農林水産省's budget request submitted on 平成29年8月31日, which it calls the `平成29年度`
# request (the request of August 2017 is for FY2018; the text is followed: fy 2017, rows carry fy_alt 2018). A request
# is the budget of the requested year (fresh call): the total, the classes (公共事業, 非公共事業) and the programme
# figures are budget. `2019年1月から` is a point (から). `8項目` counts the priorities.
B, FY = "budget", 2017
M = [
    date(5, "平成29年8月31日", "2017-08-31"),
    fyr(5, "平成29年度", FY),
    amt(5, "2兆6,525億円", 2652500000000, fy=FY),
    pct(5, "15%", 15),
    pct(7, "20%", 20),
    amt(7, "8,222億円", 822200000000, fy=FY),
    pct(7, "13%", 13),
    amt(7, "1兆8,303億円", 1830300000000, fy=FY),
    cnt(7, "8項目", 8, "項目"),
    pct(7, "37%", 37),
    amt(7, "213億円", 21300000000, fy=FY),
    pct(7, "25%", 25),
    amt(7, "154億円", 15400000000, fy=FY),
    date(8, "2019年1月", "2019-01"),
    amt(8, "531億円", 53100000000, fy=FY),
]
W = "programme figure of the 平成29年度 (as written) 農林水産予算概算要求 in prose"
R = dict(fy=FY, fy_alt=[2018], role=B, why=W)
ROWS = [
    dict(line=7, text="213億円", budget_yen=21300000000, program="農地中間管理機構の事業運営などを支援する予算",
         aliases=["農地中間管理機構の事業運営"], **R),
    dict(line=7, text="154億円", budget_yen=15400000000, program="農地利用最適化推進に向けた農業委員会活動の支援",
         aliases=["農業委員会活動の支援"], **R),
    dict(line=8, text="531億円", budget_yen=53100000000, program="収入保険制度に関係する予算",
         aliases=["収入保険制度"], **R),
]
NOT_ROWS = [
    dict(line=5, text="2兆6,525億円", value_yen=2652500000000, fy=FY, mention_role=B, what="要求・要望額の総額",
         reason="the ministry's request total"),
    dict(line=7, text="8,222億円", value_yen=822200000000, fy=FY, mention_role=B, what="公共事業",
         reason="a class of the ministry's request"),
    dict(line=7, text="1兆8,303億円", value_yen=1830300000000, fy=FY, mention_role=B, what="非公共事業",
         reason="a class of the ministry's request"),
]
