from kinds import cnt, date, fyr

DOC = "tokyo_2024_kanko_kasseika_db"
# A private grant database's sheet (one cell a line) of 東京都's 観光産業の活性化促進事業 2024年度: dotted call and
# submission periods (GUIDE: dotted dates), a grant period from an event (`交付決定日~2025.3.31`: the start is no date,
# null), counts in the applicant's conditions (`2者以上`, `1者`). `2分の1以上` a fraction, no mention. No amount.
M = [
    fyr(3, "2024年度", 2024),
    date(12, "2024.4.1~2024.12.27", "2024-04-01", "2024-12-27"),
    date(16, "2024.4.1~2024.12.27", "2024-04-01", "2024-12-27"),
    date(21, "2025.3.31", None, "2025-03-31"),
    cnt(30, "2者", 2, "者", None, q=("at_least",)),
    cnt(34, "1者", 1, "者"),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
