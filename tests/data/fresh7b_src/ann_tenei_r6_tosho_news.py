from kinds import amt, cnt, date, fyr, pct

DOC = "tenei_r6_tosho_news"
# 天栄村 (福島県), as the local paper mametimes reports the mayor's announcement of the village's 令和六年度当初予算.
# Every figure in kanji numerals, read as written (fresh2's `五五億二、八六八万七千円`, `十七・七%` with `・` as the decimal
# point). Every amount budget FY2024 (line 2's `令和六年度当初予算の概要`). The 一般会計 total is a trap; the eight
# `name N万円` of `主な新規事業は…` are the rows. The title's `6年度` has no era (GUIDE: no fiscal year); `二十九日`
# is a day without its month: it takes the report's month and year (fresh2's 橿原市 `24日`; the address is dated
# 2024/03/02, so the 29th before it is 2024-02-29); `第五次` an ordinal; `五つの基本目標` a count of 5 つ; `LGWAN` a name.
B, FY = "budget", 2024
M = [
    date(2, "二十九日", "2024-02-29"), fyr(2, "令和六年度", FY),
    pct(3, "十七・七%", 17.7), amt(3, "四十八億一千万円", 4810000000, role=B, fy=FY),
    cnt(5, "五つ", 5, "つ"),
    amt(8, "七百二十四万円", 7240000, role=B, fy=FY),
    amt(8, "六千万円", 60000000, role=B, fy=FY),
    amt(8, "三千万円", 30000000, role=B, fy=FY),
    amt(8, "五千五百二十二万円", 55220000, role=B, fy=FY),
    amt(8, "五百万円", 5000000, role=B, fy=FY),
    amt(8, "三百五十万円", 3500000, role=B, fy=FY),
    amt(8, "百六十万円", 1600000, role=B, fy=FY),
    amt(8, "百万円", 1000000, role=B, fy=FY),
]
W = "a new programme `name N万円` under `主な新規事業は…` of the village's 令和六年度当初予算 (line 2)"
ROWS = [dict(line=8, text=t, budget_yen=y, fy=FY, program=p, role=B, why=W) for t, y, p in (
    ("七百二十四万円", 7240000, "地方創生総合戦略策定事業"),
    ("六千万円", 60000000, "緊急防災・減災事業"),
    ("三千万円", 30000000, "緊急自然災害防止対策事業"),
    ("五千五百二十二万円", 55220000, "除雪車整備事業"),
    ("五百万円", 5000000, "こども計画策定事業"),
    ("三百五十万円", 3500000, "こころ・からだ・食の計画策定事業"),
    ("百六十万円", 1600000, "土地改良施設維持管理適正化事業補助金"),
    ("百万円", 1000000, "園芸作物拡大支援事業補助金"),
)]
NOT_ROWS = [dict(line=3, text="四十八億一千万円", value_yen=4810000000, fy=FY, mention_role=B, what="一般会計当初予算",
                 reason="account total")]
