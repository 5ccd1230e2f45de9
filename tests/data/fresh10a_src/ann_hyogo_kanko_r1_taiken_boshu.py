from kinds import date, fyr

DOC = "hyogo_kanko_r1_taiken_boshu"
# ひょうご観光本部's 募集案内 (second call) for a 兵庫県 programme; NO AMOUNT in the stored text. `令和元年度` → FY2019;
# the implementation window `令和元年8月(交付決定日)から令和2年2月末まで` → two points (GUIDE `XからYまで`): 2019-08
# and 2020-02 (`末` dropped, as fresh's `半ば`). Not mentions: `(第2次募集)` (an ordinal), `ひょうご五国` (a name of the
# prefecture's five historic provinces, no count; NEW), list numbers `1.` `(1)`.
M = [
    fyr(1, "令和元年度", 2019),
    date(8, "令和元年8月", "2019-08"),
    date(8, "令和2年2月", "2020-02"),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
