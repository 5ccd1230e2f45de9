from kinds import amt, date, fyr, pct

DOC = "rinsei_r5_rinya_gaisan"
# 林野庁's 2023(令和5)年度 概算要求 as 林政ニュース reports it: budget FY2023. `2023(令和5)年度` is ONE fiscal_year
# mention (年度 written once, fresh8a). The agency total `3,505億9,300万円` and the 公共 / 非公共 class totals traps
# (fresh8a's 国土交通省 classes); 森林整備事業, 治山事業, the 非公共 measure `…総合対策等` `155億円`, its part
# `118億円` (林業・木材産業循環成長対策: a parent and its child both rows, fresh8a) and `32億円` are rows; the headline's
# `118億円` an ambiguous row (a restatement of line 6, fresh8a). `39億円増` other, a trap. `5か年加速化対策` a name;
# `*1`, `*2` note marks; `31年目` an ordinal of time (no mention); `1994年の創刊` a date; `8月31日` 2022-08-31.
B, FY = "budget", 2023
M = [
    fyr(1, "2023(令和5)年度", FY), date(1, "8月31日", "2022-08-31"), pct(1, "17.8%", 17.8),
    amt(1, "3,505億9,300万円", 350593000000, fy=FY),
    pct(3, "17.4%", 17.4), amt(3, "2,315億7,200万円", 231572000000, fy=FY), pct(3, "18.4%", 18.4),
    amt(3, "1,190億2,100万円", 119021000000, fy=FY),
    amt(4, "1,477億9,000万円", 147790000000, fy=FY), amt(4, "734億4,000万円", 73440000000, fy=FY), pct(4, "18.4%", 18.4),
    amt(5, "118億円", 11800000000, fy=FY),
    amt(6, "39億円", 3900000000, role="other", fy=FY), amt(6, "155億円", 15500000000, fy=FY),
    amt(6, "118億円", 11800000000, fy=FY), amt(6, "32億円", 3200000000, fy=FY),
    date(8, "2022年8月31日", "2022-08-31"), date(10, "1994年", "1994"),
]
W = "a programme with its requested figure in 林野庁's 2023年度 概算要求"
ROWS = [
    dict(line=4, text="1,477億9,000万円", budget_yen=147790000000, fy=FY, program="森林整備事業", role=B, ministry="林野庁", why=W),
    dict(line=4, text="734億4,000万円", budget_yen=73440000000, fy=FY, program="治山事業", role=B, ministry="林野庁", why=W),
    dict(line=6, text="155億円", budget_yen=15500000000, fy=FY, program="森林・林業・木材産業グリーン成長総合対策等",
         aliases=["森林・林業・木材産業グリーン成長総合対策"], role=B, ministry="林野庁", why=W),
    dict(line=6, text="118億円", budget_yen=11800000000, fy=FY, program="林業・木材産業循環成長対策", role=B, ministry="林野庁",
         why=W + " (`このうち`: a part of the 155億円 measure; parent and child both rows)"),
    dict(line=6, text="32億円", budget_yen=3200000000, fy=FY, program="林業デジタル・イノベーション総合対策", role=B,
         ministry="林野庁", why=W),
    dict(line=5, text="118億円", budget_yen=11800000000, fy=FY, program="循環成長対策", aliases=["林業・木材産業循環成長対策"],
         role=B, ministry="林野庁", ambiguous=True, why="the sub-headline restates line 6's programme",
         note="duplicate of line 6's row"),
]
NOT_ROWS = [
    dict(line=1, text="3,505億9,300万円", value_yen=350593000000, fy=FY, mention_role=B, what="林野庁関係の要求額",
         reason="the agency's request total"),
    dict(line=3, text="2,315億7,200万円", value_yen=231572000000, fy=FY, mention_role=B, what="公共事業",
         reason="a class total (公共)"),
    dict(line=3, text="1,190億2,100万円", value_yen=119021000000, fy=FY, mention_role=B, what="非公共事業",
         reason="a class total (非公共)"),
    dict(line=6, text="39億円", value_yen=3900000000, fy=FY, mention_role="other", what="前年度当初予算より39億円増",
         reason="an increase"),
]
