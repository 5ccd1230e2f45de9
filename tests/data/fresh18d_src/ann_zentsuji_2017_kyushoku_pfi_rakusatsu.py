from kinds import amt, cnt, date, dur, trap, traps

DOC = "zentsuji_2017_kyushoku_pfi_rakusatsu"
# 香川県善通寺市・琴平町・多度津町 (three bodies managing one PFI together) chose the winner of their 学校給食センター整備運営
# 事業 (BTO), as a construction paper reports it (senmonshi.com). The year: 2017 (`18年1月〜19年6月が施設整備期間` ahead).
# `落札金額は59億3380万9000円(税抜き)`, `予定価格は66億0152万4000円(税抜き)`: contract figures, `other`, fy null, traps
# (fresh14c). `契約締結日から2034年7月31日まで` the close of a range, no qualifier (fresh14c call 6). `総合評価点は70・82
# (…69・41)`: scores without 点, bare numbers, no mentions (NEW, arguable: a reader could count them as 点, +2).
# `1日当たり最大6500食` at_most, `1日当たり65食程度` approx (counts of 食); the kindergartens and schools (`14園`, `19校`, `8園`
# …) counts; `1市2町` two counts (1 市, 2 町); `1献立方式` the name of a menu system, no mention. The schedule's ranges
# (`18年1月〜19年6月`, `19年7〜8月`, `19年8月〜34年7月`) two-digit years, no mentions (blind audit: were three date ranges;
# GUIDE: a year without an era or four digits; fresh16c, fresh17c); `15年間` a duration; `30年以上` a duration at_least. `463ノ1` (an
# address),
# `約5500平方b` (an area) no mentions.
O = "other"
M = [
    date(1, "11月20日", "2017-11-20"),
    trap(amt(1, "59億3380万9000円", 5933809000, role=O), "善通寺市琴平町多度津町学校給食センター整備運営事業 落札金額 (税抜き)",
         "the winning bid of a PFI contract, not a budget"),
    trap(amt(1, "66億0152万4000円", 6601524000, role=O), "同 予定価格 (税抜き)", "the estimated price of a PFI contract, not a budget"),
    date(1, "2034年7月31日", "2034-07-31"),
    cnt(2, "2グループ", 2, "グループ"),
    cnt(3, "6500食", None, "食", 6500, q=("at_most",)), cnt(3, "65食", 65, "食", q=("approx",)),
    cnt(4, "14園", 14, "園"), cnt(4, "19校", 19, "校"), cnt(4, "8園", 8, "園"), cnt(4, "10校", 10, "校"),
    cnt(4, "2園", 2, "園"), cnt(4, "4校", 4, "校"), cnt(4, "4園", 4, "園"), cnt(4, "5校", 5, "校"),
    dur(5, "15年間", 15, "year"),
    dur(6, "30年", 30, "year", None, q=("at_least",)), cnt(6, "1市", 1, "市"), cnt(6, "2町", 2, "町"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
