from kinds import amt, date, fyr, trap, traps

DOC = "tohoku_aomori_ninaite_kikai_donyu"
# 青森県東北町's call for requests under the national scheme for core farmers' machinery (担い手の経営発展に必要な農業用機械・
# 施設の導入). `補助上限:個人1,500万円、法人3,000万円` caps per recipient (`support`, at_most, min null). Their fy is 2025 (NEW,
# arguable): the page states that the scheme rests on `令和7年度政府補正予算案`, so the terms belong to that fiscal year's
# programme (the GUIDE's label rule read for a note about the whole scheme; departs from fresh22a's fy null, where no page
# tied its terms to a year). `令和7年度政府補正予算案` itself a fiscal_year (2025). The deadline `令和7年12月22日(月)まで` a date
# null..2025-12-22, at_most (GUIDE `まで`); `令和6年分` (the income year) a date 2024. `1/2以内` a fraction; the list marks
# `①`…`④` no mentions.
S = "support"
AM = ("at_most",)
M = [
    trap(amt(4, "1,500万円", None, 15000000, role=S, fy=2025, q=AM), "補助上限 個人", "a grant's cap per recipient"),
    trap(amt(4, "3,000万円", None, 30000000, role=S, fy=2025, q=AM), "補助上限 法人", "a grant's cap per recipient"),
    date(7, "令和7年12月22日", None, "2025-12-22", q=AM),
    date(10, "令和6年", "2024"),
    fyr(13, "令和7年度", 2025),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
