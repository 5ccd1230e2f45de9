from kinds import amt, cnt, date, dur, fyr, pct

DOC = "komae_r6_yosanan_gaiyo"
# ◆令和6年度予算案の概要 (line 2): account figures are FY2024 budget (a 予算案 is the proposed budget; not draft on
# each amount); the change is other; the budget per citizen (市民1人当たり換算額) is a conversion, other.
B, O, FY = "budget", "other", 2024
M = [
    fyr(2, "令和6年度", 2024),
    fyr(3, "令和6年度", 2024),
    amt(3, "339億2,000万円", 33920000000, role=B, fy=FY),
    amt(3, "23億円", 2300000000, role=O, fy=FY),
    pct(3, "7.3%", 7.3),
    amt(3, "176億6,905万円", 17669050000, role=B, fy=FY),
    fyr(5, "令和5年度", 2023),
    dur(7, "50年", 50, "year"),
    date(7, "令和6年1月", "2024-01"),
    fyr(8, "令和6年度", 2024),
    cnt(12, "82,102人", 82102, "人"),
    date(12, "令和6年1月1日", "2024-01-01"),
    amt(13, "339億2,000万円", 33920000000, role=B, fy=FY),
    amt(13, "41万3,000円", 413000, role=O, fy=FY),
    amt(15, "21万9,000円", 219000, role=O, fy=FY),
]
ROWS: list[dict] = []
NOT_ROWS = [
    dict(line=3, text="339億2,000万円", value_yen=33920000000, fy=FY, mention_role=B, what="一般会計予算案",
         reason="general account total; an account"),
    dict(line=3, text="23億円", value_yen=2300000000, fy=FY, mention_role=O, what="前年度比23億円…増", reason="a change"),
    dict(line=3, text="176億6,905万円", value_yen=17669050000, fy=FY, mention_role=B, what="特別会計の総額",
         reason="total of the special accounts"),
    dict(line=13, text="339億2,000万円", value_yen=33920000000, fy=FY, mention_role=B, what="一般会計予算額 (repeated)",
         reason="general account total"),
    dict(line=13, text="41万3,000円", value_yen=413000, fy=FY, mention_role=O, what="市民1人当たり予算額",
         reason="the budget per citizen, a conversion"),
    dict(line=15, text="21万9,000円", value_yen=219000, fy=FY, mention_role=O, what="民生費 per citizen",
         reason="a function (款) per citizen, a conversion"),
]
