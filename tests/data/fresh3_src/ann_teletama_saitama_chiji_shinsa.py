from kinds import amt, cnt, date, fyr

DOC = "teletama_saitama_chiji_shinsa"
# News (テレ玉) on 埼玉県's governor's review of the 2026年度 initial-budget requests, written in January 2026 (`去年12月
# 時点`, `来月…2月定例県議会`): `22日` is 2026-01-22, `今月30日まで` null..2026-01-30 (at_most), `来月19日` 2026-02-19,
# the `2月定例県議会` a session named by its month (2026-02), `去年12月` 2025-12. The request total is budget FY2026
# (a request is the budget of the requested year); its increase over this year's budget is other.
FY = 2026
M = [
    fyr(2, "2026年度", FY),
    date(2, "22日", "2026-01-22"),
    cnt(3, "14部局", 14, "部局"),
    cnt(3, "30事業", 30, "事業"),
    date(4, "22日", "2026-01-22"),
    date(5, "12月", "2025-12"),
    amt(5, "1819億円", 181900000000, role="other", fy=FY),
    amt(5, "2兆4128億円", 2412800000000, fy=FY),
    date(6, "30日", None, "2026-01-30", q=("at_most",)),
    date(6, "19日", "2026-02-19"),
    date(6, "2月", "2026-02"),
]
ROWS: list[dict] = []
NOT_ROWS = [
    dict(line=5, text="1819億円", value_yen=181900000000, fy=FY, mention_role="other", what="今年度の当初予算より多い額",
         reason="change of the request total"),
    dict(line=5, text="2兆4128億円", value_yen=2412800000000, fy=FY, mention_role="budget", what="一般会計当初予算の要求総額",
         reason="account total (requests)"),
]
