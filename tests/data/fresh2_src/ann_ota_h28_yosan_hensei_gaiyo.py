from kinds import amt, cnt, dur, fyr, pct

DOC = "ota_h28_yosan_hensei_gaiyo"
# 大田区 平成28年度予算編成の概要 (PDF text, spaces inside numbers as stored: `平成 28 年度`, `2,574 億円`). The general
# account is budget FY2016; 特別区税+特別区交付金 is revenue (other); 計画事業予算 is a class of the expenditure
# (budget, a trap as a row). `おおた未来プラン 10 年` is a plan's name (no mention); 「5年後のめざす姿」 is read as a
# duration (as the GUIDE's 次の50年). `-8-` is a page number.
B, O, FY = "budget", "other", 2016
M = [
    fyr(4, "平成 28 年度", FY),
    fyr(5, "平成 28 年度", FY),
    dur(11, "5年", 5, "year"),
    fyr(15, "平成 28 年度", FY),
    cnt(15, "4つ", 4, "つ"),
    fyr(17, "平成 28 年度", FY),
    pct(28, "2.9%", 2.9),
    amt(28, "2,574 億円", 257400000000, role=B, fy=FY),
    pct(33, "5割", 50, None, q=("at_least",)),
    pct(34, "1.0%", 1.0),
    amt(34, "1,383 億円", 138300000000, role=O, fy=FY),
    pct(36, "6.2%", 6.2),
    amt(36, "601 億円", 60100000000, role=B, fy=FY),
]
ROWS: list[dict] = []
NOT_ROWS = [
    dict(line=28, text="2,574 億円", value_yen=257400000000, fy=FY, mention_role=B, what="一般会計の予算規模",
         reason="general-account total"),
    dict(line=34, text="1,383 億円", value_yen=138300000000, fy=FY, mention_role=O, what="特別区税と特別区交付金の合計",
         reason="revenue, not a programme"),
    dict(line=36, text="601 億円", value_yen=60100000000, fy=FY, mention_role=B, what="計画事業予算",
         reason="a class of the expenditure (every planned project together), not one programme"),
]
