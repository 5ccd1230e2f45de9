from kinds import amt, cnt, date, fyr, trap, traps

DOC = "shibata_r6_jisshi_keikaku_senmonshi"
# 新発田市's まちづくり総合計画 実施計画 (2024-26年度) as a construction trade paper reports it: the plan's total over
# three years (`合計353事業に679億8581万4000円`) and its main projects with their cost by year, `24=…、25=…、26=…`.
# Every figure is a PLAN'S COST (brief: `other`), a trap, no row: no figure is a budget of a year (the plan is
# published beside the budget, but no line calls a figure 予算). A year written without an era (`24=`, `25・26=`) is no
# mention but sets its figures' fy (fresh11b); `各N円` under `24・25・26=` or `25・26=` is ONE mention naming several
# years: fy null (NEW). `2024年度から26年度`: two fiscal-year points 2024 and 2026 (blind audit: the era-less
# second end after `から` takes the first end's century, fresh11b's 西米良村 `平成29年度から30年度`; GUIDE `から`).
# `8日` a date of the deck's year 2024 (calls28, was no date). `5つ`, `353事業` counts.
O = "other"
W = "a project's planned cost in the 実施計画 (other: a plan's cost, no budget)"
T = "a plan's cost by year, not a budget row"


def p(line: int, text: str, value: int, fy: int | None, what: str) -> dict:
    return trap(amt(line, text, value, role=O, fy=fy), what, T if fy else T + " (one figure for several years)")


M = [
    date(1, "8日", "2024"),  # calls28: a news lead's day is a date (docs/judgement_calls.md)
    fyr(1, "2024年度", 2024), fyr(1, "26年度", 2026),
    cnt(2, "5つ", 5, "つ"), cnt(2, "353事業", 353, "事業"),
    trap(amt(2, "679億8581万4000円", 67985814000, role=O, fy=None), "実施計画 合計353事業 (2024-26年度)",
         "the plan's total over three years and all projects: no one year's budget"),
    p(4, "5億834万4000円", 508344000, 2024, "市道改良整備 24"), p(4, "6億4443万円", 644430000, 2025, "市道改良整備 25"),
    p(4, "5億516万円", 505160000, 2026, "市道改良整備 26"),
    p(5, "2億2万円", 200020000, None, "橋りょう修繕 24・25・26 各"),
    p(6, "4億9016万2000円", 490162000, 2024, "除雪ステーション新築 24"), p(6, "1億3232万円", 132320000, 2025, "除雪ステーション新築 25"),
    p(7, "2663万円", 26630000, 2024, "公園整備 24"), p(7, "3000万円", 30000000, None, "公園整備 25・26 各"),
    p(8, "1億6473万8000円", 164738000, 2024, "脱炭素社会推進 24"), p(8, "1億6474万円", 164740000, None, "脱炭素社会推進 25・26 各"),
    p(9, "3億300万円", 303000000, 2024, "配水管整備 24"), p(9, "3億1000万円", 310000000, 2025, "配水管整備 25"),
    p(9, "2億9500万円", 295000000, 2026, "配水管整備 26"),
    p(10, "2億8659万9000円", 286599000, 2024, "浄・配水施設改良 24"), p(10, "2億8660万円", 286600000, None, "浄・配水施設改良 25・26 各"),
    p(11, "21億9125万円", 2191250000, 2024, "新発田地区下水道整備 24"), p(11, "24億円", 2400000000, None, "新発田地区下水道整備 25・26 各"),
    p(12, "4億2万円", 400020000, None, "加治川地区下水道整備 24・25・26 各"),
    p(13, "4598万円", 45980000, 2024, "本丸中学校長寿命化改良 24"), p(13, "6億619万円", 606190000, 2025, "本丸中学校長寿命化改良 25"),
    p(13, "6億8665万円", 686650000, 2026, "本丸中学校長寿命化改良 26"),
    p(14, "893万9000円", 8939000, 2024, "新発田城整備 24"), p(14, "1776万円", 17760000, 2025, "新発田城整備 25"),
    p(14, "9898万円", 98980000, 2026, "新発田城整備 26"),
    p(15, "450万円", 4500000, 2024, "新発田城土橋門整備 24"), p(15, "350万円", 3500000, 2025, "新発田城土橋門整備 25"),
    p(15, "600万円", 6000000, 2026, "新発田城土橋門整備 26"),
    p(16, "2327万9000円", 23279000, 2024, "シェアオフィス整備 24"), p(16, "1億3957万円", 139570000, 2025, "シェアオフィス整備 25"),
]
ROWS: list = []
NOT_ROWS = traps(M)
