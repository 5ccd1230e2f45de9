from kinds import amt, cnt, date, fyr, pct

DOC = "kasuga_r7_shisei_hoshin"
# 春日市 (福岡県), 令和7年度 施政方針 (はじめに), 2025-02-25. The national figures: the 令和7年度 当初予算's tax revenue
# `78兆4千億円` is other (a revenue), its `歳出総額は115兆5千億円` budget FY2025 (fresh4: other governments' budgets are
# budget of their year, traps). The city's `令和7年度一般会計当初予算…425億705万円` is budget FY2025, an account total
# (trap; no programme figure: no row). `令和7年第1回春日市議会定例会` is a date of 2025 (a session named by its year,
# fresh4); `5期ぶり` a count of 5 期 (期 is no duration unit, as fresh3's `2四半期連続`); `20歳以上` an age.
B, O = "budget", "other"
M = [
    fyr(1, "令和7年度", 2025),
    date(2, "令和7年2月25日", "2025-02-25"),
    date(3, "令和7年", "2025"),
    date(4, "令和6年12月", "2024-12"), cnt(4, "5期", 5, "期"), pct(4, "5.3パーセント", 5.3), pct(4, "52.7パーセント", 52.7),
    fyr(5, "令和7年度", 2025), amt(5, "78兆4千億円", 78400000000000, role=O, fy=2025),
    amt(5, "115兆5千億円", 115500000000000, role=B, fy=2025), fyr(5, "令和6年度", 2024),
    fyr(6, "令和7年度", 2025), pct(6, "5%", 5), amt(6, "425億705万円", 42507050000, role=B, fy=2025),
]
ROWS = []
NOT_ROWS = [
    dict(line=5, text="78兆4千億円", value_yen=78400000000000, fy=2025, mention_role=O, what="国の令和7年度 税収",
         reason="national revenue, not the city's"),
    dict(line=5, text="115兆5千億円", value_yen=115500000000000, fy=2025, mention_role=B, what="国の令和7年度 歳出総額",
         reason="national total, not the city's"),
    dict(line=6, text="425億705万円", value_yen=42507050000, fy=2025, mention_role=B, what="市の一般会計当初予算",
         reason="account total"),
]
