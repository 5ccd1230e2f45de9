from kinds import amt, fyr, pct

DOC = "yachiyo_r6_kessan"
# 八千代市's 令和6年度 SETTLEMENT (決算) of the 一般会計: every amount is spent, collected, a balance or a per-citizen
# figure: other FY2024, and a trap. `7年度` (era-less) is no fiscal year; `地方財政法第7条第1項` a law number;
# `1/2以上` a fraction.
O, FY = "other", 2024
M = [
    fyr(1, "令和6年度", FY),
    fyr(2, "令和6年度", FY),
    fyr(3, "令和6年度", FY),
    amt(3, "23億541万円", 2305410000, role=O, fy=FY),
    fyr(4, "令和6年度", FY),
    pct(4, "9.1%", 9.1),
    amt(4, "773億3,382万円", 77333820000, role=O, fy=FY),
    pct(4, "9.7%", 9.7),
    amt(4, "739億5,063万円", 73950630000, role=O, fy=FY),
    amt(4, "33億8,319万円", 3383190000, role=O, fy=FY),
    amt(4, "10億7,778万円", 1077780000, role=O, fy=FY),
    amt(4, "23億541万円", 2305410000, role=O, fy=FY),
    pct(6, "0.5%", 0.5),
    amt(6, "91億2,364万円", 9123640000, role=O, fy=FY),
    amt(6, "28億5,770万円", 2857700000, role=O, fy=FY),
    amt(6, "23億541万円", 2305410000, role=O, fy=FY),
    amt(6, "11億6,000万円", 1160000000, role=O, fy=FY),
    amt(8, "15万4,696円", 154696, role=O, fy=FY),
    pct(9, "41.4%", 41.4),
    amt(9, "15万4,696円", 154696, role=O, fy=FY),
    amt(9, "2,626円", 2626, role=O, fy=FY),
    amt(9, "35万7,431円", 357431, role=O, fy=FY),
    amt(9, "3万136円", 30136, role=O, fy=FY),
]
WHAT = {
    (3, "23億541万円"): "実質収支額", (4, "773億3,382万円"): "歳入 決算額", (4, "739億5,063万円"): "歳出 決算額",
    (4, "33億8,319万円"): "歳入歳出差引額", (4, "10億7,778万円"): "翌年度に繰り越した事業に充てる財源",
    (4, "23億541万円"): "実質収支額", (6, "91億2,364万円"): "基金残高", (6, "28億5,770万円"): "財政調整基金 残高",
    (6, "23億541万円"): "剰余金", (6, "11億6,000万円"): "財政調整基金への積立",
    (8, "15万4,696円"): "一人当たりの市税", (9, "15万4,696円"): "一人当たりの市税", (9, "2,626円"): "前年度からの増",
    (9, "35万7,431円"): "市民一人当たりの決算額", (9, "3万136円"): "前年度からの増",
}
ROWS = []
NOT_ROWS = [dict(line=r["line"], text=r["text"], value_yen=r["min"], fy=FY, mention_role=O,
                 what=WHAT[(r["line"], r["text"])], reason="settlement (決算): spent, collected, a balance or a per-citizen figure")
            for r in M if r["kind"] == "amount"]
