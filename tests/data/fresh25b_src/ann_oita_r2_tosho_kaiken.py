from kinds import amt, cnt, date, dur, fyr, pct, trap, traps

DOC = "oita_r2_tosho_kaiken"
# 大分県's governor presenting the FY2020 initial budget (臨時会見). `予算の総枠…6,548億6,300万円` budget FY2020, a trap
# (the general account's total: the heading says 一般会計当初予算案); `令和挑戦枠、予算の特別枠…25億円` (cut at the
# length limit) the budget set aside under a special frame over many programmes: `budget` FY2020, an AMBIGUOUS row
# (fresh11b's `重点事業に205億円`: a theme over many programmes; NEW for a 枠 of a local budget — fresh24a's 重点政策推進枠
# was a request ceiling open to an agency, `other`). `3つのテーマ` 3 つ; `一つは`, `二番目`, `三番目` order the talk (no
# counts, fresh11b's `一つには`); `7年連続`, `7年間` durations (fresh5c); `1.3%` twice. The quoted material
# `「令和2年度一般会計当初予算案の概要」` no mention; the page's dates (breadcrumb, title, update, 日時) each a mention.
B, FY = "budget", 2020
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
    amt(15, "25億円", 2500000000, fy=FY),
]
ROWS = [
    dict(line=15, text="25億円", budget_yen=2500000000, fy=FY, program="令和挑戦枠", role=B, ambiguous=True,
         note="a special frame of the budget over many programmes (the stored text ends on the figure)",
         why="the budget set aside under the FY2020 special frame"),
]
NOT_ROWS = traps(M)
