from kinds import amt, cnt, date, dur, fyr, pct, trap, traps

DOC = "amami_kagoshima_2023_tosho"
# 鹿児島県's 2023年度当初予算案 in 奄美新聞: every amount fy 2023 (`2023年度` fixes the headline's era-less `県23年度`, fresh7a
# 長崎県; `22年度補正予算案` no mention). 一般会計 (headline and text) and 特別会計 `budget`, traps; the revenues (県税, 地方交付税,
# 国庫支出金, 県債, 依存財源) `other`, traps; no work with a figure: no rows. `6年連続` durations (fresh5c); `八点` 8 点 (kanji);
# `10日` the report's day (2023-02-10), `20日` the session's opening (2023-02-20), `3月定例会` a session date 2023-03.
# Percents with `・`; `①`…`⑧` list marks.
B, O, FY = "budget", "other", 2023
M = [
    pct(2, "2・3%", 2.3),
    trap(amt(2, "8894億9600万円", 889496000000, role=B, fy=FY), "一般会計 (見出し)", "account total"),
    dur(3, "6年連続", 6, "year"),
    fyr(5, "2023年度", FY), date(5, "10日", "2023-02-10"), pct(5, "2・3%", 2.3),
    trap(amt(5, "8894億9600万円", 889496000000, role=B, fy=FY), "一般会計", "account total"),
    pct(5, "2・4%", 2.4),
    trap(amt(5, "3960億5500万円", 396055000000, role=B, fy=FY), "特別会計", "account total"),
    dur(5, "6年連続", 6, "year"), date(5, "20日", "2023-02-20"), date(5, "3月", "2023-03"),
    cnt(6, "八点", 8, "点"),
    pct(7, "0・3%", 0.3),
    trap(amt(7, "1581億5600万円", 158156000000, role=O, fy=FY), "県税", "revenue"),
    pct(7, "1・8%", 1.8),
    trap(amt(7, "2836億4500万円", 283645000000, role=O, fy=FY), "実質的な地方交付税", "revenue"),
    pct(7, "4・0%", 4.0),
    trap(amt(7, "2094億6500万円", 209465000000, role=O, fy=FY), "国庫支出金", "revenue"),
    pct(7, "11・3%", 11.3),
    trap(amt(7, "669億7900万円", 66979000000, role=O, fy=FY), "県債", "revenue (borrowing)"),
    pct(7, "0・3%", 0.3),
    trap(amt(7, "611億300万円", 61103000000, role=O, fy=FY), "県債 (臨時財政対策債を除く)", "revenue (borrowing)"),
    trap(amt(7, "5868億8800万円", 586888000000, role=O, fy=FY), "依存財源", "revenue"),
    pct(7, "66・0%", 66.0), pct(7, "67・2%", 67.2),
]
ROWS: list[dict[str, object]] = []
NOT_ROWS = traps(M)
