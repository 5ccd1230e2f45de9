from kinds import amt, cnt, date, dur, fyr, pct, trap, traps

DOC = "oita_r2_tosho_kaiken"
# 大分県's governor presenting the FY2020 initial budget (臨時会見). `予算の総枠…6,548億6,300万円` budget FY2020, a trap
# (the general account's total: the heading says 一般会計当初予算案); `令和挑戦枠、予算の特別枠…25億円` (cut at the
# length limit) the SIZE of a special frame of the budget, not the programmes' sum: `other` FY2020, a trap (fresh24a's
# `19億円` 消費者庁単独の枠: the size of a request frame, not a programme). (Audit, session 26: the blind call was an
# ambiguous `budget` row; the frame's own total in the adopted FY2020 budget was 28億1,900万円 as reported that day, and
# the same governor's FY2021 会見 names the 25億円 as the frame set at the request stage, so 25億円 is no programme's
# budget.) `3つのテーマ` 3 つ; `一つは`, `二番目`, `三番目` order the talk (no
# counts, fresh11b's `一つには`); `7年連続`, `7年間` durations (fresh5c); `1.3%` twice. The quoted material
# `「令和2年度一般会計当初予算案の概要」` no mention; the page's dates (breadcrumb, title, update, 日時) each a mention.
O, FY = "other", 2020
M = [
    date(2, "令和2年2月13日", "2020-02-13"), fyr(2, "令和2年度", FY),
    date(4, "令和2年2月13日", "2020-02-13"), fyr(4, "令和2年度", FY),
    date(5, "2020年2月13日", "2020-02-13"),
    date(6, "令和2年2月13日", "2020-02-13"),
    fyr(8, "令和2年度", FY),
    fyr(9, "令和2年度", FY),
    cnt(11, "3つ", 3, "つ"),
    trap(amt(13, "6,548億6,300万円", 654863000000, fy=FY), "予算の総枠", "the general account's total"),
    pct(13, "1.3%", 1.3), pct(13, "1.3%", 1.3),
    dur(14, "7年連続", 7, "year"), dur(14, "7年間", 7, "year"),
    trap(amt(15, "25億円", 2500000000, role=O, fy=FY), "令和挑戦枠、予算の特別枠…25億円",
         "the size of a special frame of the budget (fresh24a: a frame's size), not a programme"),
]
ROWS = []
NOT_ROWS = traps(M)
