from kinds import amt, cnt, date, trap, traps

DOC = "kadogawa_r3_kyushoku_center_rakusatsu"
# 建設ネット (kensetsunet-pr.com/2021-8-12-5, a construction news site): 門川町 opened the bids of its school lunch centre's
# works on 8月5日 (2021-08-05: the year from the address, fresh10a / fresh11c): the winning bids `3億1940万円` (建築主体)
# and `1億1400万円` (電気設備) and the estimated prices `税抜の予定価格は…3億4036万円、…1億1578万円`: `other` (contract
# figures), fy null, traps. `工期は2022年8月8日まで` ..2022-08-08 (at_most); `1700食/日` a count of 食 (the per-day rate
# has no kind for counts); `小学校3校と中学校1校` counts; `1者` a count; `第3回` an ordinal; `1408m2` an area.
O = "other"
M = [
    date(2, "8月5日", "2021-08-05"),
    trap(amt(2, "3億1940万円", 319400000, role=O), "建築主体工事 落札", "a winning bid of the works, a contract figure, not a budget"),
    trap(amt(2, "1億1400万円", 114000000, role=O), "電気設備工事 落札", "a winning bid of the works, a contract figure, not a budget"),
    cnt(3, "3校", 3, "校"), cnt(3, "1校", 1, "校"), cnt(3, "1700食", None, "食", hi=1700, q=("at_most",)),
    date(5, "2022年8月8日", None, "2022-08-08", q=("at_most",)),
    trap(amt(5, "3億4036万円", 340360000, role=O), "建築主体工事 税抜の予定価格", "the estimated price of the works, not a budget"),
    trap(amt(5, "1億1578万円", 115780000, role=O), "電気設備 税抜の予定価格", "the estimated price of the works, not a budget"),
    cnt(6, "1者", 1, "者"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
