from kinds import date, dur, fyr, pct

DOC = "date_shiyoryo_minaoshi_an_expydoc"
# 伊達市's paper `使用料の見直し(案)について` (a document-sharing copy; one flattened line): fees reviewed `概ね4年ごと`
# (a duration, approx), unchanged since `平成12年度` and through the `平成26年` tax rise, upkeep up `平均8%` against the
# average of the `3 カ年` from `平成21年度` (the PDF's line break left a space inside `3 カ年`). No amount.
M = [
    dur(1, "4年", 4, "year", q=("approx",)),
    fyr(1, "平成12年度", 2000, None, q=("at_least",)),
    date(1, "平成26年", "2014"),
    fyr(1, "平成21年度", 2009),
    dur(1, "3 カ年", 3, "year"),
    pct(1, "8%", 8),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
