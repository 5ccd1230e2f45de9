from kinds import amt, fyr

DOC = "miyaki_r6_tosho"
# みやき町 (広報みやき 2024年5月号), 令和6年度 全会計当初予算 (the article's title): every figure is of FY2024.
# Line 1: the change of the all-accounts total (`約17億4,718万5千円の減額`) is other, approx; line 3: the change of the
# 一般会計 (`2,590万9千円の増額`) other. Under `●令和6年度に行う主な事業と予算額` the ten `name:N円` programmes are
# budget FY2024 (the label's year and role). `令和6年国民スポーツ大会関連事業` is a programme named after the event
# (the year is part of the name: no mention, as fresh3's `令和2年7月豪雨災害`); `さが園芸888` is a name (fresh4).
# `令和6年度から下水道事業に…適用` is a point (GUIDE: から gives a point).
B, O, FY = "budget", "other", 2024
M = [
    fyr(1, "令和6年度", FY),
    amt(1, "17億4,718万5千円", 1747185000, role=O, fy=FY, q=("approx",)),
    fyr(2, "令和6年度", FY),
    amt(3, "2,590万9千円", 25909000, role=O, fy=FY),
    fyr(24, "令和6年度", FY),
    amt(25, "4億5,098万4千円", 450984000, fy=FY),
    amt(26, "1億3,338万1千円", 133381000, fy=FY),
    amt(27, "1億970万円", 109700000, fy=FY),
    amt(28, "1億108万9千円", 101089000, fy=FY),
    amt(29, "8,983万9千円", 89839000, fy=FY),
    amt(30, "3,450万8千円", 34508000, fy=FY),
    amt(31, "1,955万5千円", 19555000, fy=FY),
    amt(32, "1,233万円", 12330000, fy=FY),
    amt(33, "1,096万円", 10960000, fy=FY),
    amt(34, "1,000万円", 10000000, fy=FY),
]
W = "`name:N円` under `●令和6年度に行う主な事業と予算額` (the 令和6年度 当初予算)"
P = [(25, "4億5,098万4千円", "多目的人工芝グラウンド等整備事業"), (26, "1億3,338万1千円", "令和6年国民スポーツ大会関連事業"),
     (27, "1億970万円", "学校給食支援事業"), (28, "1億108万9千円", "さが園芸888整備支援事業"),
     (29, "8,983万9千円", "電子マネー応援クーポン事業"), (30, "3,450万8千円", "学校ICT機器整備事業"),
     (31, "1,955万5千円", "高齢者等外出支援タクシー助成事業"), (32, "1,233万円", "待機児童対策事業"),
     (33, "1,096万円", "DX推進事業"), (34, "1,000万円", "有機農業産地づくり事業")]
_V = {(r["line"], r["text"]): r["min"] for r in M if r["kind"] == "amount"}
ROWS = [dict(line=ln, text=t, budget_yen=_V[(ln, t)], fy=FY, program=p, role=B, why=W) for ln, t, p in P]
NOT_ROWS = [
    dict(line=1, text="17億4,718万5千円", value_yen=1747185000, fy=FY, mention_role=O, what="全会計 当初予算総額の前年度比減額",
         reason="change of a total"),
    dict(line=3, text="2,590万9千円", value_yen=25909000, fy=FY, mention_role=O, what="一般会計の前年度比増額",
         reason="change of a total"),
]
