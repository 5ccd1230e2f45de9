from kinds import amt, cnt, date, fyr

DOC = "densan_hojokin_r8_koubo_kaisetsu"
# A subsidy portal's summary of a national call (伝統的工芸品産業支援補助金, 令和8年度当初公募). The grant's cap
# (`上限は原則2,000万円`) and floor (`下限は原則50万円`) are support of FY2026 (the call's year), open at one end.
# Rates `2分の3以内`, `2分の1以内` are fractions (no mention); clock times (17時) are none. `…から1月29日17時まで`
# gives two points (GUIDE); `2026年1月29日17時で受付を終えて` is the same deadline as a point.
SP, FY = "support", 2026
M = [
    fyr(1, "令和8年度", FY),
    fyr(2, "令和8年度", FY),
    amt(2, "2,000万円", None, 20000000, role=SP, fy=FY, q=("at_most",)),
    fyr(3, "令和8年度", FY),
    date(3, "2026年1月29日", "2026-01-29"),
    fyr(3, "令和8年度", FY),
    fyr(7, "令和8年度", FY),
    date(8, "2026年3月2日", "2026-03-02"),
    amt(10, "2,000万円", None, 20000000, role=SP, fy=FY, q=("at_most",)),
    amt(10, "50万円", 500000, None, role=SP, fy=FY, q=("at_least",)),
    cnt(10, "60名", None, "名", 60, q=("at_most",)),
    cnt(10, "20社", None, "社", 20, q=("at_most",)),
    date(11, "令和8年1月7日", "2026-01-07"),
    date(11, "1月29日", "2026-01-29"),
]
ROWS: list[dict] = []
NOT_ROWS = [
    dict(line=2, text="2,000万円", value_yen=20000000, fy=FY, mention_role=SP, what="交付額の上限は原則2,000万円",
         reason="cap of one grant in a call, not a budget"),
    dict(line=10, text="2,000万円", value_yen=20000000, fy=FY, mention_role=SP, what="補助上限額 (表)",
         reason="cap of one grant in a call, not a budget"),
    dict(line=10, text="50万円", value_yen=500000, fy=FY, mention_role=SP, what="下限は原則50万円",
         reason="floor of one grant in a call, not a budget"),
]
