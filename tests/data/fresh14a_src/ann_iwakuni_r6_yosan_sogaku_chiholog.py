from kinds import amt, date, trap, traps

DOC = "iwakuni_r6_yosan_sogaku_chiholog"
# 山口県岩国市議会: chiholog.net's search page for 「予算総額」 (header: the 2024-03-22 meeting). Line 5 is an answer on a
# facility's running: `光熱費等が4,099万5,000円` (the part the city pays directly: a split by kind of expense, other,
# a trap as fresh12c's 奥州市 職員給与費), `支出予算総額につきましては8,588万8,000円` (the facility's spending budget:
# budget, but the programme is not named in the stored text, which starts mid-answer: a trap, NEW, arguable: a row
# needs its programme), `利用料としまして市へ1,200万円が入る` (revenue: other, a trap). No fiscal year is written: fy null.
B, O = "budget", "other"
U = "the programme (the facility) is not named in the stored text: no row can name it"
M = [
    date(1, "2024-03-22", "2024-03-22"), date(1, "03月22日", "2024-03-22"),
    trap(amt(5, "4,099万5,000円", 40995000, role=O), "光熱費等 (市が直接支払う分)",
         "a split of the facility's spending by kind of expense, not a programme"),
    trap(amt(5, "8,588万8,000円", 85888000, role=B), "支出予算総額 (施設の事業; 名は抜粋外)", U),
    trap(amt(5, "1,200万円", 12000000, role=O), "利用料 (市の収入)", "revenue expected, not spending"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
