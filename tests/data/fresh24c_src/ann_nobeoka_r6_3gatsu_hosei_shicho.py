from kinds import amt, date, fyr, trap, traps

DOC = "nobeoka_r6_3gatsu_hosei_shicho"
# 宮崎県延岡市, the mayor's page on the 令和6年度3月補正予算 (its figures are in the linked PDFs). `全ての世帯に7,000円の商品・
# サービス券` a grant per household: support, fy 2024 (the 令和6年度3月補正 the page introduces), a trap. `来月、4日(火曜)` →
# 2025-03-04 (the March session of FY2024; 4 March 2025 is a Tuesday, as written; text `4日`). The headings' `令和6年度`,
# `令和7年度` fiscal years; `3月補正` a budget label (no date); `(第1号)` an ordinal; file sizes `1.46MB`, `396KB` no mentions.
M = [
    trap(amt(1, "7,000円", 7000, role="support", fy=2024), "全世帯への商品・サービス券 (1世帯あたり)",
         "grant size per household"),
    date(2, "4日", "2025-03-04"),
    fyr(4, "令和6年度", 2024),
    fyr(5, "令和6年度", 2024),
    fyr(7, "令和7年度", 2025),
    fyr(8, "令和7年度", 2025),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
