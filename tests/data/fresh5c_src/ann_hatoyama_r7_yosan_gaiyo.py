from kinds import amt, date, dur, fyr, pct

DOC = "hatoyama_r7_yosan_gaiyo"
# 鳩山町 令和7年度予算概要 (広報 特集): the 一般会計 total is budget FY2025; its change and the revenue estimates
# (町税, 町債) with their changes are other FY2025. `6・3%` etc.: middle dot as decimal point. `3月定例会`: a session
# named by its month (2025-03); `1年間の行政運営` a duration. `第6次` an ordinal; `万円未満` holds no number.
FY, O = 2025, "other"
M = [
    fyr(1, "令和7年度", FY),
    date(2, "3月", "2025-03"),
    fyr(2, "令和7年度", FY),
    dur(2, "1年間", 1, "year"),
    fyr(6, "令和7年度", FY),
    amt(6, "58億2,900万円", 5829000000, fy=FY),
    fyr(10, "令和7年度", FY),
    amt(10, "3億4500万円", 345000000, role=O, fy=FY),
    pct(10, "6・3%", 6.3),
    amt(10, "58億2900万円", 5829000000, fy=FY),
    amt(12, "4409万円", 44090000, role=O, fy=FY),
    pct(12, "2・7%", 2.7),
    amt(12, "16億8489万円", 1684890000, role=O, fy=FY),
    amt(13, "6520万円", 65200000, role=O, fy=FY),
    pct(13, "33・5%", 33.5),
    amt(13, "1億2940万円", 129400000, role=O, fy=FY),
]
WHAT = {(6, "58億2,900万円"): ("一般会計予算", "account total"), (10, "3億4500万円"): ("前年度当初比 増加額", "change"),
        (10, "58億2900万円"): ("一般会計当初予算の総額", "account total"), (12, "4409万円"): ("町税の増加額", "change of a revenue"),
        (12, "16億8489万円"): ("町税", "revenue"), (13, "6520万円"): ("町債の減少額", "change of a revenue"),
        (13, "1億2940万円"): ("町債", "revenue (borrowing)")}
ROWS = []
NOT_ROWS = [dict(line=r["line"], text=r["text"], value_yen=r["min"], fy=FY, mention_role=r["role"],
                 what=WHAT[(r["line"], r["text"])][0], reason=WHAT[(r["line"], r["text"])][1])
            for r in M if r["kind"] == "amount"]
