from kinds import amt, cnt, date, fyr

DOC = "hirokawa_r6_yosan_gaiyo"
# 令和6年度予算概要 (line 1): the `・item…N万円` new programmes under ○新規事業 are FY2024 budget. `3/30` is the
# carrier's page counter (no mention). 昨年7月10日 is anchored on the deck's year (2024) → 2023-07-10.
B, FY = "budget", 2024
M = [
    fyr(1, "令和6年度", FY),
    fyr(7, "令和6年度", FY),
    date(7, "昨年7月10日", "2023-07-10"),
    cnt(9, "4つ", 4, "つ"),
    amt(15, "519万円", 5190000, role=B, fy=FY),
    amt(16, "3100万円", 31000000, role=B, fy=FY),
    amt(17, "300万円", 3000000, role=B, fy=FY),
    amt(18, "8907万円", 89070000, role=B, fy=FY),
    amt(25, "414万円", 4140000, role=B, fy=FY),
    amt(26, "9414万円", 94140000, role=B, fy=FY),
    amt(27, "1458万円", 14580000, role=B, fy=FY),
    amt(28, "125万円", 1250000, role=B, fy=FY),
    date(31, "2050年", None, "2050", q=("at_most",)),
]
W = "`・item…N万円` under ○新規事業 of the 令和6年度予算概要 (line 1)"
R = dict(fy=FY, role=B, why=W)
ROWS = [dict(line=ln, text=t, budget_yen=v, program=p, **R) for ln, t, v, p in [
    (15, "519万円", 5190000, "がけ地近接等危険住宅移転"), (16, "3100万円", 31000000, "農業水路等長寿命化・防災減災"),
    (17, "300万円", 3000000, "県営ため池等整備"), (18, "8907万円", 89070000, "地域防災拠点施設整備"),
    (25, "414万円", 4140000, "こどもまんなか社会推進"), (26, "9414万円", 94140000, "竜光寺公園の改修"),
    (27, "1458万円", 14580000, "子ども医療費無償化の拡大"), (28, "125万円", 1250000, "不育症検査費・治療費助成")]]
NOT_ROWS: list[dict] = []
