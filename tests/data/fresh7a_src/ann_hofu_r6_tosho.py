from kinds import amt, date, fyr

DOC = "hofu_r6_tosho"
# 防府市 (山口県; 情報ほうふ 令和6年4月1日号, ほうふの未来に向けたまちづくり (1)): `■令和6年度当初予算595億6,000万円`
# heads the page (every amount budget FY2024); the total is a trap (the text does not name the accounts it sums). The
# works `▼name N円` are rows. Years: `令和7年度完成を目指し` a fiscal year; `令和6~8年度` one range 2024..2026 (as the
# GUIDE's `H25～H27`); `令和6年秋から` a date 2024 (the season dropped); `(9月~)`, `(10月~)` starts of 2024 with an open
# end (GUIDE: an open `～` leaves that end null, no qualifier; as the dev gold's `平成21年度～`; blind audit: first
# written as points); `令和7年1月` 2025-01. `第2子` an ordinal.
B, FY = "budget", 2024
M = [
    fyr(1, "令和6年度", FY), amt(1, "595億6,000万円", 59560000000, role=B, fy=FY),
    amt(2, "63億1,044万円", 6310440000, role=B, fy=FY),
    amt(4, "10億2,400万円", 1024000000, role=B, fy=FY),
    fyr(5, "令和7年度", 2025),
    amt(6, "6億7,830万円", 678300000, role=B, fy=FY),
    amt(9, "6,100万円", 61000000, role=B, fy=FY),
    fyr(10, "令和7年度", 2025),
    fyr(14, "令和6年度", FY),
    fyr(16, "令和6~8年度", 2024, 2026),
    date(17, "令和6年", "2024"),
    date(18, "9月~", "2024-09", None),
    date(19, "10月~", "2024-10", None),
    date(20, "10月~", "2024-10", None),
    amt(29, "2億4,548万円", 245480000, role=B, fy=FY),
    date(30, "令和7年1月", "2025-01"),
]
W = "a work `▼name N円` under `■令和6年度当初予算` (line 1)"
ROWS = [
    dict(line=2, text="63億1,044万円", budget_yen=6310440000, fy=FY, program="新庁舎建設事業(本体工事)", role=B, why=W,
         aliases=["新庁舎建設事業"]),
    dict(line=4, text="10億2,400万円", budget_yen=1024000000, fy=FY, program="広域防災広場整備事業", role=B, why=W),
    dict(line=6, text="6億7,830万円", budget_yen=678300000, fy=FY, program="公共施設等緊急改修事業", role=B, why=W),
    dict(line=9, text="6,100万円", budget_yen=61000000, fy=FY, program="(仮称)公会堂北防災広場整備事業", role=B, why=W,
         aliases=["公会堂北防災広場整備事業"]),
    dict(line=29, text="2億4,548万円", budget_yen=245480000, fy=FY, program="こども家庭センター整備事業", role=B,
         why=W + ", under `■こどもの育成`"),
]
NOT_ROWS = [dict(line=1, text="595億6,000万円", value_yen=59560000000, fy=FY, mention_role=B, what="令和6年度当初予算 (total)",
                 reason="total")]
