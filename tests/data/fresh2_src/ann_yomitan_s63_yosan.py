from kinds import amt, cnt, date, dur, fyr, pct

DOC = "yomitan_s63_yosan"
# A village newsletter of 1988 on the 昭和六三年度 budget, every number in kanji. `八五億ニニ九万五千円` is stored with
# katakana ニ for 二 (a transcription slip; a reader reads 85億229万5千円). `三三、三%` uses a comma as the decimal
# point (33.3, as `1・7%`). `三月議会定例会` is this year's March session (a date, 1988-03); `毎年四月一日から…翌年の
# 三月三一日まで` defines every fiscal year (recurring: no date); `一年間` is a duration. The all-accounts and general-
# account totals are budget FY1988; the change on the year before is other.
B, O, FY = "budget", "other", 1988
M = [
    date(1, "三月", "1988-03"),
    date(1, "三月十一日", "1988-03-11"),
    fyr(1, "昭和六三年度", FY),
    date(1, "三月二八日", "1988-03-28"),
    fyr(2, "昭和六三年度", FY),
    cnt(2, "四つ", 4, "つ"),
    amt(2, "八五億ニニ九万五千円", 8502295000, role=B, fy=FY),
    dur(3, "一年間", 1, "year"),
    pct(4, "三三、三%", 33.3),
    pct(4, "六六、七%", 66.7),
    cnt(5, "四つ", 4, "つ"),
    amt(5, "五五億二、八六八万七千円", 5528687000, role=B, fy=FY),
    amt(5, "七億七千四百八四万九千円", 774849000, role=O, fy=FY),
    pct(5, "十六、三%", 16.3),
]
ROWS: list[dict] = []
NOT_ROWS = [
    dict(line=2, text="八五億ニニ九万五千円", value_yen=8502295000, fy=FY, mention_role=B,
         what="一般会計と四つの特別会計 あわせて", reason="all-accounts total"),
    dict(line=5, text="五五億二、八六八万七千円", value_yen=5528687000, fy=FY, mention_role=B, what="一般会計予算 総額",
         reason="general-account total"),
    dict(line=5, text="七億七千四百八四万九千円", value_yen=774849000, fy=FY, mention_role=O, what="前年比…の増",
         reason="change on the year before"),
]
