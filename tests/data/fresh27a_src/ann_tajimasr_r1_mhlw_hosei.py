from kinds import amt, date, fyr, trap, traps

DOC = "tajimasr_r1_mhlw_hosei"
# 社労士事務所's news (2019-12-16): the government's 令和元年度補正予算案 and 厚生労働省's part of it. Every figure is money
# of the 令和元年度 supplementary (fy 2019) except the 赤字国債 issue (a revenue: `other`, approx, a trap, fresh8b).
# The national total (`4.4兆円` headline, `4兆4,722億円`), the package's three national pillars (`●…に N円`: another
# body's groupings, fresh26b's national package pillars) and the ministry's `追加額` `1,272億円` with its 災害 share
# `(786億円)` are traps. The ministry's three `・item N円` lines are rows; `14億` (clipped 円, fresh8a's `2億`) 1.4e9.
# `令和元年(2019年)12月13日` ONE date (GUIDE: era and Gregorian together); `令和元年度(2019年度)` TWO fiscal years (GUIDE).
# The URL's `fy2019` and `newpage_08398` no mentions.
S, FY = "supplementary_budget", 2019
G = "a grouping of the national supplementary (the economic package's pillar), not the ministry's programme"
M = [
    date(1, "2019年12月16日", "2019-12-16"),
    fyr(2, "令和元年度", FY),
    trap(amt(2, "4.4兆円", 4400000000000, role=S, fy=FY), "total", "the national supplementary's added spending (headline)"),
    date(3, "令和元年(2019年)12月13日", "2019-12-13"),
    fyr(3, "令和元年度", FY),
    fyr(3, "2019年度", FY),
    trap(amt(4, "4兆4,722億円", 4472200000000, role=S, fy=FY), "total", "the national supplementary's added spending"),
    trap(amt(4, "2兆3,000億円", 2300000000000, role="other", fy=FY, q=("approx",)), "revenue", "deficit bonds issued to pay for it"),
    trap(amt(6, "2兆3,086億円", 2308600000000, role=S, fy=FY), "grouping", G),
    trap(amt(7, "9,173億円", 917300000000, role=S, fy=FY), "grouping", G),
    trap(amt(8, "1兆771億円", 1077100000000, role=S, fy=FY), "grouping", G),
    fyr(11, "令和元年度", FY),
    fyr(13, "令和元年度", FY),
    trap(amt(13, "1,272億円", 127200000000, role=S, fy=FY), "total", "厚生労働省's whole addition"),
    trap(amt(13, "786億円", 78600000000, role=S, fy=FY), "grouping", "the ministry's 災害からの復旧・復興 share"),
    fyr(19, "令和元年度", FY),
]
_R = [(15, "18億円", 1800000000, "就職氷河期世代への支援"),
      (16, "14億", 1400000000, "中小企業・小規模事業者の生産性向上の支援"),
      (17, "1.5億円", 150000000, "介護事業所における生産性向上の推進")]
M += [amt(ln, t, v, role=S, fy=FY) for ln, t, v, _ in _R]
ROWS = [dict(line=ln, text=t, budget_yen=v, fy=FY, role=S, program=p,
             why="an item of 厚生労働省's part of the 令和元年度補正予算案 listed with its own figure") for ln, t, v, p in _R]
NOT_ROWS = traps(M)
