from kinds import amt, date, dur, fyr, pct

DOC = "tomika_r7_tosho_yosan"
# 富加町 令和7年度 当初予算 (広報 特集): the 一般会計当初予算 is budget FY2025, its increase other FY2025. `3年連続` is
# a duration (fresh4). `3月に開かれた富加町議会定例会` is a session named by its month (2025-03). `第5次`, `第2次`
# are ordinals; `(1)` a part number.
FY = 2025
M = [
    fyr(1, "令和7年度", FY),
    date(2, "3月", "2025-03"),
    fyr(2, "令和7年度", FY),
    amt(3, "37億3,500万円", 3735000000, fy=FY),
    pct(4, "+8.6%", 8.6),
    amt(4, "2億9,600万円", 296000000, role="other", fy=FY),
    fyr(5, "令和6年度", 2024),
    amt(5, "2億9,600万円", 296000000, role="other", fy=FY),
    dur(5, "3年", 3, "year"),
    fyr(7, "令和7年度", FY),
    dur(8, "3年", 3, "year"),
]
ROWS = []
NOT_ROWS = [
    dict(line=3, text="37億3,500万円", value_yen=3735000000, fy=FY, mention_role="budget", what="一般会計当初予算",
         reason="account total"),
    dict(line=4, text="2億9,600万円", value_yen=296000000, fy=FY, mention_role="other", what="対前年比 増加額",
         reason="change of the total"),
    dict(line=5, text="2億9,600万円", value_yen=296000000, fy=FY, mention_role="other", what="令和6年度と比較した増加",
         reason="change of the total"),
]
