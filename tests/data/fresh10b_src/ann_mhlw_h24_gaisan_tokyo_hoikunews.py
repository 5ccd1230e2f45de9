from kinds import amt, date, fyr, pct

DOC = "mhlw_h24_gaisan_tokyo_hoikunews"
# 厚生労働省's 二〇一二年度 概算要求 as 東京新聞 reports it (reprinted by a childcare-news blog, 2011-09), in KANJI
# numerals (`二十九兆五千八百八十二億円`, `百二十四億円`). A request is the budget of the requested year (budget
# FY2012). The general-account total and the separate 震災 復旧・復興対策経費 total are traps; the measures `…に N円`
# are rows, also 子ども手当's national share `国の負担分…を要求` (the ministry's own figure); the local share
# `地方負担分は五千百八億円` is no figure of this budget (other, a trap). The headline `待機児童対策124億円` restates
# the body's `百二十四億円` (an ambiguous row, fresh8a). `四億円弱` approx (NEW: `弱`, a bit under, read as 約).
# `4・3%` a percent (middle dot, fresh8a); `一一年度` a two-digit year (no mention); `二十八日` dated 2011-09-28.
B, O, FY = "budget", "other", 2012
M = [
    amt(1, "124億円", 12400000000, fy=FY),
    date(4, "二十八日", "2011-09-28"), fyr(4, "二〇一二年度", FY),
    pct(6, "4・3%", 4.3), amt(7, "二十九兆五千八百八十二億円", 29588200000000, fy=FY),
    amt(9, "二千二百九億円", 220900000000, fy=FY),
    amt(11, "百二十四億円", 12400000000, fy=FY), amt(13, "百二十七億円", 12700000000, fy=FY),
    amt(17, "三百八十八億円", 38800000000, fy=FY), amt(19, "一兆三千四百十六億円", 1341600000000, fy=FY),
    amt(20, "五千百八億円", 510800000000, role=O, fy=FY),
    amt(23, "四億円", 400000000, fy=FY, q=("approx",)), amt(24, "十二億円", 1200000000, fy=FY),
]
W = "`name に N円を計上/要求/充てる` in 厚生労働省's 二〇一二年度 概算要求 (news; a request: budget of the requested year)"
ROWS = [
    dict(line=11, text="百二十四億円", budget_yen=12400000000, fy=FY, program="待機児童解消策", aliases=["待機児童対策"],
         role=B, why=W),
    dict(line=1, text="124億円", budget_yen=12400000000, fy=FY, program="待機児童解消策", aliases=["待機児童対策"], role=B,
         why=W, ambiguous=True, note="the headline restates the line 11 row"),
    dict(line=13, text="百二十七億円", budget_yen=12700000000, fy=FY,
         program="在宅医療を担う人材の育成や在宅医療・介護の実施拠点となる基盤の整備など", role=B, why=W),
    dict(line=17, text="三百八十八億円", budget_yen=38800000000, fy=FY,
         program="がん、B型肝炎、難治性・希少性疾患などの医薬品開発・臨床研究中核病院の整備強化など", role=B, why=W),
    dict(line=19, text="一兆三千四百十六億円", budget_yen=1341600000000, fy=FY, program="子ども手当(国の負担分)",
         aliases=["子ども手当"], role=B, why=W),
    dict(line=23, text="四億円", budget_yen=400000000, fy=FY, program="食品の検査などの放射性物質対策", role=B, why=W),
    dict(line=24, text="十二億円", budget_yen=1200000000, fy=FY, program="被災した子どもの心のケアの態勢強化", role=B, why=W),
]
NOT_ROWS = [
    dict(line=7, text="二十九兆五千八百八十二億円", value_yen=29588200000000, fy=FY, mention_role=B, what="一般会計の総額",
         reason="the ministry's request total"),
    dict(line=9, text="二千二百九億円", value_yen=220900000000, fy=FY, mention_role=B, what="東日本大震災の復旧・復興対策経費",
         reason="the ministry's separate total for the 震災 (a frame, many measures)"),
    dict(line=20, text="五千百八億円", value_yen=510800000000, fy=FY, mention_role=O, what="子ども手当 地方負担分",
         reason="the local governments' share, not this budget's figure"),
]
