from kinds import amt, fyr

DOC = "miyaki_r6_zenkaikei_tosho"
# 令和6年度当初予算 (line 1): FY2024. The changes of the total and of the general account are other (value as
# written, the word 減額/増額 carries the sign). `item:amount` under ●令和6年度に行う主な事業と予算額 are budget.
# `令和6年国民スポーツ大会` and `さが園芸888` are names (no mention).
B, O, FY = "budget", "other", 2024
M = [
    fyr(1, "令和6年度", FY),
    amt(1, "17億4,718万5千円", 1747185000, role=O, fy=FY, q=("approx",)),
    fyr(2, "令和6年度", FY),
    amt(3, "2,590万9千円", 25909000, role=O, fy=FY),
    fyr(24, "令和6年度", FY),
    amt(25, "4億5,098万4千円", 450984000, role=B, fy=FY),
    amt(26, "1億3,338万1千円", 133381000, role=B, fy=FY),
    amt(27, "1億970万円", 109700000, role=B, fy=FY),
    amt(28, "1億108万9千円", 101089000, role=B, fy=FY),
    amt(29, "8,983万9千円", 89839000, role=B, fy=FY),
    amt(30, "3,450万8千円", 34508000, role=B, fy=FY),
    amt(31, "1,955万5千円", 19555000, role=B, fy=FY),
    amt(32, "1,233万円", 12330000, role=B, fy=FY),
    amt(33, "1,096万円", 10960000, role=B, fy=FY),
    amt(34, "1,000万円", 10000000, role=B, fy=FY),
]
W = "`item:amount` under ●令和6年度に行う主な事業と予算額 (line 24)"
R = dict(fy=FY, role=B, why=W)
ROWS = [dict(line=ln, text=t, budget_yen=v, program=p, **R) for ln, t, v, p in [
    (25, "4億5,098万4千円", 450984000, "多目的人工芝グラウンド等整備事業"),
    (26, "1億3,338万1千円", 133381000, "令和6年国民スポーツ大会関連事業"),
    (27, "1億970万円", 109700000, "学校給食支援事業"), (28, "1億108万9千円", 101089000, "さが園芸888整備支援事業"),
    (29, "8,983万9千円", 89839000, "電子マネー応援クーポン事業"), (30, "3,450万8千円", 34508000, "学校ICT機器整備事業"),
    (31, "1,955万5千円", 19555000, "高齢者等外出支援タクシー助成事業"), (32, "1,233万円", 12330000, "待機児童対策事業"),
    (33, "1,096万円", 10960000, "DX推進事業"), (34, "1,000万円", 10000000, "有機農業産地づくり事業")]]
NOT_ROWS = [
    dict(line=1, text="17億4,718万5千円", value_yen=1747185000, fy=FY, mention_role=O, what="当初予算の総額…約…の減額",
         reason="change of the all-accounts total on the year before"),
    dict(line=3, text="2,590万9千円", value_yen=25909000, fy=FY, mention_role=O, what="一般会計は…の増額",
         reason="change of the general account on the year before"),
]
