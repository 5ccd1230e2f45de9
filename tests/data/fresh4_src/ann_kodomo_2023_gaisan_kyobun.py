from kinds import amt, date, fyr

DOC = "kodomo_2023_gaisan_kyobun"
# 内閣官房こども家庭庁設立準備室's first request, for the 2023年度当初予算 (教育新聞, 2022-08-30): the request's
# totals by account are budget FY2023 (a request is the budget of the requested year); the bracketed
# `(前年度予算 N)` / `(同 N)` figures are previous_budget FY2022. `8月30日` is 2022-08-30 (the article's address),
# `来年4月` 2023-04. Account totals only: no rows.
B, P, FY = "budget", "previous_budget", 2023
M = [
    date(1, "8月30日", "2022-08-30"),
    date(1, "4月", "2023-04"),
    fyr(1, "2023年度", FY),
    amt(1, "4兆7510億円", 4751000000000, fy=FY),
    amt(3, "1兆4961億円", 1496100000000, fy=FY),
    amt(3, "1兆4133億円", 1413300000000, role=P, fy=2022),
    amt(3, "3兆2549億円", 3254900000000, fy=FY),
    amt(3, "3兆2738億円", 3273800000000, role=P, fy=2022),
    amt(3, "4兆7510億円", 4751000000000, fy=FY),
    amt(3, "4兆6871億円", 4687100000000, role=P, fy=2022),
]
ROWS = []
NOT_ROWS = [
    dict(line=1, text="4兆7510億円", value_yen=4751000000000, fy=FY, mention_role=B, what="概算要求 総額",
         reason="request total"),
    dict(line=3, text="1兆4961億円", value_yen=1496100000000, fy=FY, mention_role=B, what="一般会計",
         reason="account total"),
    dict(line=3, text="1兆4133億円", value_yen=1413300000000, fy=2022, mention_role=P, what="一般会計 前年度予算",
         reason="previous year's account total"),
    dict(line=3, text="3兆2549億円", value_yen=3254900000000, fy=FY, mention_role=B, what="年金特別会計",
         reason="account total"),
    dict(line=3, text="3兆2738億円", value_yen=3273800000000, fy=2022, mention_role=P, what="年金特別会計 前年度",
         reason="previous year's account total"),
    dict(line=3, text="4兆7510億円", value_yen=4751000000000, fy=FY, mention_role=B, what="合計", reason="request total"),
    dict(line=3, text="4兆6871億円", value_yen=4687100000000, fy=2022, mention_role=P, what="合計 前年度",
         reason="previous year's total"),
]
