from kinds import cnt, date, dur, fyr, pct

DOC = "nagasaki_r5_kigyoban_oreijo_nhk"
# NHK 長崎's item (address 2024/03/18) on 長崎市's letters of thanks to the three companies that gave the most by
# 企業版ふるさと納税 this year, and the uses (the stadium's surroundings, the 原爆資料館's exhibition). No amount is
# written. `3社` (×3) counts; `最大で寄付額の9割` null..90, at_most; `平成29年度から` a fiscal year (2017; `から` a point:
# GUIDE); `18日` 2024-03-18 and `ことし10月` 2024-10 (the address's year); `100年に一度` a duration of 100 years (NEW,
# arguable: as `次の50年`; `一度` is the idiom's, no count); `会社の1つ` a count of 1 つ (GUIDE `の１つ`); `今年度` relative.
M = [
    cnt(1, "3社", 3, "社"),
    cnt(2, "3社", 3, "社"),
    pct(3, "9割", None, 90, q=("at_most",)), fyr(3, "平成29年度", 2017),
    date(4, "18日", "2024-03-18"), cnt(4, "3社", 3, "社"),
    date(5, "10月", "2024-10"),
    dur(6, "100年", 100, "year"),
    cnt(7, "1つ", 1, "つ"),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
