from kinds import amt, date, fyr, pct

DOC = "gunma_pref_r6_shichoson_tosho_gaiyo"
# A prefecture's summary of its municipalities' 令和6年度 ordinary-account initial budgets: the aggregate is FY2024
# budget, the change other. Percents as written: `5.3%減` → 5.3 (the word carries the sign), `(-5.3%)` → -5.3,
# `(+362.8%)` → 362.8; growth may pass 100 (GUIDE). `6年度 5年度` (no era, table header) are no fiscal years.
B, O, FY = "budget", "other", 2024
M = [
    fyr(1, "令和6年度", 2024),
    date(3, "2024年6月4日", "2024-06-04"),
    fyr(9, "令和6年度", 2024),
    amt(9, "9,182億1,500万円", 918215000000, role=B, fy=FY),
    amt(9, "449億400万円", 44904000000, role=O, fy=FY),
    pct(9, "5.1%", 5.1),
    pct(10, "3.8%", 3.8), pct(10, "28.8%", 28.8),
    pct(11, "5.3%", 5.3), pct(11, "362.8%", 362.8),
    pct(12, "6.7%", 6.7), pct(12, "21.7%", 21.7), pct(12, "2.8%", 2.8),
    pct(18, "-5.3%", -5.3),
    pct(19, "+362.8%", 362.8),
    pct(20, "+12.6%", 12.6),
    pct(21, "+28.8%", 28.8), pct(21, "-56.8%", -56.8), pct(21, "+59.1%", 59.1), pct(21, "+132.2%", 132.2),
    pct(21, "+224.5%", 224.5),
    pct(25, "+6.7%", 6.7),
    pct(26, "+21.7%", 21.7), pct(26, "+19.2%", 19.2), pct(26, "+23.6%", 23.6),
    amt(32, "9,182億1,500万円", 918215000000, role=B, fy=FY),
]
ROWS: list[dict] = []
_T = "aggregate of every municipality's ordinary account, not a programme"
NOT_ROWS = [
    dict(line=9, text="9,182億1,500万円", value_yen=918215000000, fy=FY, mention_role=B, what="歳入歳出総額", reason=_T),
    dict(line=9, text="449億400万円", value_yen=44904000000, fy=FY, mention_role=O, what="対前年度当初予算比で…", reason="a change"),
    dict(line=32, text="9,182億1,500万円", value_yen=918215000000, fy=FY, mention_role=B, what="(1) 歳入歳出総額", reason=_T),
]
