from kinds import amt, cnt, fyr

DOC = "kumamoto_pref_h30_2gatsu_hosei"
# title (line 2) 平成30年度2月補正予算: every figure is FY2018 supplementary money; ▲ is a minus sign
S, FY = "supplementary_budget", 2018
M = [
    fyr(2, "平成30年度", 2018), fyr(3, "平成30年度", 2018), fyr(4, "平成30年度", 2018),
    amt(5, "494.9億円", 49490000000, role=S, fy=FY),
    amt(6, "259.2億円", 25920000000, role=S, fy=FY),
    amt(6, "▲574.0億円", -57400000000, role=S, fy=FY),
    amt(7, "▲297.7億円", -29770000000, role=S, fy=FY),
    amt(8, "▲79.1億円", -7910000000, role=S, fy=FY),
    amt(11, "3,140百万円", 3140000000, role=S, fy=FY),
    amt(12, "2,323百万円", 2323000000, role=S, fy=FY),
    amt(13, "1,462百万円", 1462000000, role=S, fy=FY),
    amt(14, "1,277百万円", 1277000000, role=S, fy=FY),
    amt(16, "1,039百万円", 1039000000, role=S, fy=FY),
    amt(17, "315百万円", 315000000, role=S, fy=FY),
    amt(20, "17,967百万円", 17967000000, role=S, fy=FY),
    cnt(21, "4車線", 4, "車線"),
    amt(21, "1,418百万円", 1418000000, role=S, fy=FY),
    amt(22, "1,323百万円", 1323000000, role=S, fy=FY),
    amt(23, "▲6,657百万円", -6657000000, role=S, fy=FY),
]
W = "`- item N百万円` under 2 補正の主な内容; role and fy from the title 平成30年度2月補正予算 (line 2)"
R = dict(fy=FY, role=S, why=W)
ROWS = [
    dict(line=11, text="3,140百万円", budget_yen=3140000000, program="地域道路改築費", **R),
    dict(line=12, text="2,323百万円", budget_yen=2323000000, program="農村地域防災減災事業", **R),
    dict(line=13, text="1,462百万円", budget_yen=1462000000, program="河川改修事業費", **R),
    dict(line=14, text="1,277百万円", budget_yen=1277000000, program="県営かんがい排水事業費", **R),
    dict(line=16, text="1,039百万円", budget_yen=1039000000, program="国直轄事業負担金(滝室坂トンネル)",
         aliases=["国直轄事業負担金"], **R),
    dict(line=17, text="315百万円", budget_yen=315000000, program="障害児施設給付費等支給・障害児施設措置事業", **R),
    dict(line=20, text="17,967百万円", budget_yen=17967000000, program="中小企業等グループ施設等復旧整備補助事業",
         note="listed under 熊本地震への対応分 ((1),(2)の再掲): a re-listing by theme, the item appears once on the page", **R),
    dict(line=21, text="1,418百万円", budget_yen=1418000000, program="街路整備事業費(熊本高森線4車線化)",
         aliases=["街路整備事業費"], **R),
    dict(line=22, text="1,323百万円", budget_yen=1323000000, program="土地区画整理事業", **R),
    dict(line=23, text="▲6,657百万円", budget_yen=-6657000000, program="中小企業金融総合支援事業",
         note="a supplementary decrease (▲): still the item's supplementary figure", ambiguous=True, **R),
]
NOT_ROWS = [
    dict(line=5, text="494.9億円", value_yen=49490000000, fy=FY, mention_role=S, what="国の第2次補正予算への対応分",
         reason="total of the part that follows the national supplementary; a group, not a programme"),
    dict(line=6, text="259.2億円", value_yen=25920000000, fy=FY, mention_role=S, what="(うち熊本地震対応分)",
         reason="sub-total (of which) of a group"),
    dict(line=6, text="▲574.0億円", value_yen=-57400000000, fy=FY, mention_role=S, what="通常分",
         reason="total of the ordinary part; a group"),
    dict(line=7, text="▲297.7億円", value_yen=-29770000000, fy=FY, mention_role=S, what="(うち熊本地震対応分)",
         reason="sub-total (of which) of a group"),
    dict(line=8, text="▲79.1億円", value_yen=-7910000000, fy=FY, mention_role=S, what="計",
         reason="total of the whole supplementary"),
]
