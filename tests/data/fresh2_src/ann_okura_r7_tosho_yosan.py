from kinds import amt, cnt, date, fyr, pct

DOC = "okura_r7_tosho_yosan"
# 大蔵村令和7年度当初予算 (line 1): FY2025. Account totals are budget, their changes other. Percents use a middle
# dot as the decimal point (`13・0%` → 13.0, as `1・7%` of the fresh set). `令和6年7に発生した豪雨` drops its 月: a
# reader reads July 2024 (text as written, `令和6年7`). The stored text is cut after line 14 (trimmed).
B, O, FY = "budget", "other", 2025
M = [
    fyr(1, "令和7年度", FY),
    amt(3, "47億8,900万円", 4789000000, role=B, fy=FY),
    amt(3, "5億5,100万円", 551000000, role=O, fy=FY),
    amt(6, "47億8900万円", 4789000000, role=B, fy=FY),
    amt(6, "5億5100万円", 551000000, role=O, fy=FY),
    pct(6, "13・0%", 13.0),
    pct(8, "25・2%", 25.2),
    pct(8, "15・5%", 15.5),
    pct(8, "13・5%", 13.5),
    pct(8, "13・2%", 13.2),
    pct(8, "10・6%", 10.6),
    date(9, "令和6年7", "2024-07"),
    cnt(12, "4つ", 4, "つ"),
    cnt(12, "2つ", 2, "つ"),
    fyr(13, "令和6年度", 2024),
    amt(14, "11億1950万円", 1119500000, role=B, fy=FY),
    amt(14, "1960万円", 19600000, role=O, fy=FY),
    pct(14, "1・8%", 1.8),
]
ROWS: list[dict] = []
NOT_ROWS = [
    dict(line=3, text="47億8,900万円", value_yen=4789000000, fy=FY, mention_role=B, what="一般会計当初予算額",
         reason="general-account total"),
    dict(line=3, text="5億5,100万円", value_yen=551000000, fy=FY, mention_role=O, what="前年度比…の増",
         reason="change on the year before"),
    dict(line=6, text="47億8900万円", value_yen=4789000000, fy=FY, mention_role=B, what="予算総額", reason="general-account total"),
    dict(line=14, text="11億1950万円", value_yen=1119500000, fy=FY, mention_role=B, what="特別会計の予算の合計",
         reason="special accounts' total"),
    dict(line=14, text="1960万円", value_yen=19600000, fy=FY, mention_role=O, what="前年度比…の増",
         reason="change on the year before"),
]
