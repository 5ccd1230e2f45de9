from kinds import amt, cnt, date, fyr

DOC = "hirono_r6_yosan_aramashi"
# 令和6年度の当初予算 (line 1): FY2024. The account tables are not in the text. 歳出合計金額 is the budget's total;
# the 町民1人に使われるお金 figures are that total (and each function's share) divided by the population: other.
# The 重点事業 list has no figures. 3月定例議会 is a date (the session's month, the deck's year 2024).
B, O, FY = "budget", "other", 2024
M = [
    fyr(1, "令和6年度", FY),
    date(1, "3月", "2024-03"),
    date(3, "令和6年4月", "2024-04"),
    cnt(3, "2特別会計", 2, "特別会計"),
    amt(7, "55億422万5千円", 5504225000, role=B, fy=FY),
    date(7, "令和6年2月末日", "2024-02"),
    cnt(7, "4,567人", 4567, "人"),
    amt(8, "1,205,217円", 1205217, role=O, fy=FY),
    amt(9, "281,411円", 281411, role=O, fy=FY),
    amt(10, "201,928円", 201928, role=O, fy=FY),
    amt(11, "114,824円", 114824, role=O, fy=FY),
    amt(12, "123,765円", 123765, role=O, fy=FY),
    amt(13, "6,917円", 6917, role=O, fy=FY),
    amt(14, "151,129円", 151129, role=O, fy=FY),
    amt(15, "64,191円", 64191, role=O, fy=FY),
    amt(16, "207,049円", 207049, role=O, fy=FY),
    amt(17, "35,512円", 35512, role=O, fy=FY),
    amt(18, "18,491円", 18491, role=O, fy=FY),
]
ROWS: list[dict] = []
_R = "budget per citizen (a total divided by the population), not a programme"
NOT_ROWS = [
    dict(line=7, text="55億422万5千円", value_yen=5504225000, fy=FY, mention_role=B, what="歳出合計金額",
         reason="total of the whole budget"),
    *[dict(line=ln, text=t, value_yen=v, fy=FY, mention_role=O, what=w, reason=_R) for ln, t, v, w in [
        (8, "1,205,217円", 1205217, "歳出総額 (町民1人)"), (9, "281,411円", 281411, "総務費 (町民1人)"),
        (10, "201,928円", 201928, "民生費 (町民1人)"), (11, "114,824円", 114824, "衛生費 (町民1人)"),
        (12, "123,765円", 123765, "農林水産業費 (町民1人)"), (13, "6,917円", 6917, "商工費 (町民1人)"),
        (14, "151,129円", 151129, "土木費 (町民1人)"), (15, "64,191円", 64191, "消防費 (町民1人)"),
        (16, "207,049円", 207049, "教育費 (町民1人)"), (17, "35,512円", 35512, "公債費 (町民1人)"),
        (18, "18,491円", 18491, "その他議会費など (町民1人)")]],
]
