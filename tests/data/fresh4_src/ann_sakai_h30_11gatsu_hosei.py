from kinds import date, fyr

DOC = "sakai_h30_11gatsu_hosei"
# 堺市 平成30年度11月補正予算: `|` tables of accounts and revenues with 補正前の額 / 補正額 / 計, their unit given only
# once below the first table (`(単位:千円)`): every cell is a bare number (GUIDE: bare numbers in tables are no
# mentions; as fresh3's unit-less cells). Mentions: the title's fiscal year and the update date; `11月補正` is a
# budget label (no date), `1.` / `2.` list numbers. No amount: no rows, no traps.
M = [
    fyr(1, "平成30年度", 2018),
    date(2, "2022年9月28日", "2022-09-28"),
]
ROWS = []
NOT_ROWS = []
