from kinds import amt, cnt, date, fyr, pct

DOC = "travelvision_2020_kanko_gaisan"
# 観光庁's 2020年度 概算要求 as トラベルビジョン reports it: budget FY2020 (the headline's era-less `20年度` is fixed by
# `2020年度` on line 2, fresh4). The total (`771億円` in the headline, `770億9900万円`) traps; the two pillars
# (`大きな柱は2本`: 出国税-financed `520億円`, general-revenue `209億8700万円`) rows. `消費額8兆円` is a national target of
# visitors' spending (`other`, fy 2020 from `20年度の`; a trap). `4000万人` a count; `2本` a count 2 本; `今年1月` 2019-01
# (the request is made in 2019). `...` the page's own cut.
B, FY = "budget", 2020
M = [
    pct(1, "8.4%", 8.4), amt(1, "771億円", 77100000000, fy=FY),
    fyr(2, "2020年度", FY), pct(2, "8.4%", 8.4), amt(2, "770億9900万円", 77099000000, fy=FY), cnt(2, "2本", 2, "本"),
    date(2, "1月", "2019-01"), pct(2, "7%", 7), amt(2, "520億円", 52000000000, fy=FY), pct(2, "21%", 21),
    amt(2, "209億8700万円", 20987000000, fy=FY), cnt(2, "4000万人", 40000000, "人"),
    amt(2, "8兆円", 8000000000000, role="other", fy=FY),
]
W = "one of the request's two pillars (`大きな柱は2本`) with its figure"
ROWS = [
    dict(line=2, text="520億円", budget_yen=52000000000, fy=FY, program="国際観光旅客税を活用したより高次元な観光施策の展開",
         role=B, ministry="観光庁", why=W),
    dict(line=2, text="209億8700万円", budget_yen=20987000000, fy=FY, program="観光先進国の実現に向けた観光施策の着実な実施",
         role=B, ministry="観光庁", why=W),
]
NOT_ROWS = [
    dict(line=1, text="771億円", value_yen=77100000000, fy=FY, mention_role=B, what="20年度概算要求 (headline)",
         reason="the agency's request total, rounded in the headline"),
    dict(line=2, text="770億9900万円", value_yen=77099000000, fy=FY, mention_role=B, what="2020年度の予算概算要求",
         reason="the agency's request total"),
    dict(line=2, text="8兆円", value_yen=8000000000000, fy=FY, mention_role="other", what="訪日外国人の消費額の政府目標",
         reason="a national target of spending, not money of a budget"),
]
