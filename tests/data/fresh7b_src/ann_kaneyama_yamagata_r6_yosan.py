from kinds import amt, cnt, date, fyr, pct

DOC = "kaneyama_yamagata_r6_yosan"
# 金山町 (山形県; 広報かねやま No.736, 2024年4月号): まちの予算, the town's 令和6年度 一般会計 and 主な重点事業. Every
# amount FY2024 (the heading `令和6年度 一般会計` and line 2's `令和6年度は…予算を編成`). `前年度比2億円以上増加` is a
# change (other, at_least, max open); the 一般会計 total a budget trap; the three `name:N万円` under `○主な重点事業`
# are the rows. `100周年` is an anniversary (no mention); `10/5`, `11/16` are year-less dates in a list of events
# (GUIDE) of the 令和6年度 programme: 2024; `令和7年1月1日` a date; `(13路線)` a count; `(1号車)` a name.
B, O, FY = "budget", "other", 2024
M = [
    fyr(2, "令和6年度", FY), amt(2, "2億円", 200000000, None, role=O, fy=FY, q=("at_least",)),
    date(5, "令和7年1月1日", "2025-01-01"),
    fyr(6, "令和6年度", FY),
    date(7, "10/5", "2024-10-05"),
    date(11, "11/16", "2024-11-16"),
    fyr(13, "令和6年度", FY), amt(13, "46億2,600万円", 4626000000, role=B, fy=FY), pct(13, "4.8%", 4.8),
    amt(15, "1億8,227万円", 182270000, role=B, fy=FY),
    cnt(16, "13路線", 13, "路線"), amt(16, "6,500万円", 65000000, role=B, fy=FY),
    amt(17, "6,099万円", 60990000, role=B, fy=FY),
]
W = "a programme `name:N万円` under `○主な重点事業` of the town's 令和6年度 一般会計 (heading on line 13)"
ROWS = [
    dict(line=15, text="1億8,227万円", budget_yen=182270000, fy=FY, program="防災情報配信システム整備事業", role=B, why=W),
    dict(line=16, text="6,500万円", budget_yen=65000000, fy=FY, program="町道維持修繕事業", role=B, why=W + "; `(13路線)` a count"),
    dict(line=17, text="6,099万円", budget_yen=60990000, fy=FY, program="除雪ロータリ(1号車)更新事業", role=B, why=W),
]
NOT_ROWS = [
    dict(line=2, text="2億円", value_yen=200000000, fy=FY, mention_role=O, what="一般会計予算 前年度比 増加 (2億円以上)",
         reason="change"),
    dict(line=13, text="46億2,600万円", value_yen=4626000000, fy=FY, mention_role=B, what="令和6年度 一般会計",
         reason="account total"),
]
