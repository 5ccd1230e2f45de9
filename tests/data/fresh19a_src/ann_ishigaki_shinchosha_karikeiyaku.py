from kinds import amt, cnt, date, dur, fyr, trap, traps

DOC = "ishigaki_shinchosha_karikeiyaku"
# 沖縄建設新聞 (okitel, 2019-06-13) on 沖縄県石垣市's provisional contract for its new city hall: the contract (`49億円` in the
# headline, `49億644万円(税込)`), the failed tender's `税抜予定価格` and the `概算事業費は約76億円`: all `other`, fy null,
# traps; no appropriation, no rows. Year-less months take 2019 (`3月の入札` past, `6月の議会`, `7月から`); `12日付`
# 2019-06-12; `21年度` two-digit, no mention; `2020年度` a fiscal year; `約20カ月` a duration; `7工事`, `地下1階`, `地上3階`
# counts; the garbled areas no mentions.
O = "other"
C = "a works contract for the new city hall, not an appropriation"
M = [
    date(2, "2019年6月13日", "2019-06-13"),
    trap(amt(3, "49億円", 4900000000, role=O), "新庁舎建築工事 仮契約 (見出し)", C),
    date(5, "12日", "2019-06-12"),
    trap(amt(5, "49億644万円", 4906440000, role=O), "新庁舎建築工事 契約金額", C),
    date(5, "3月", "2019-03"), date(5, "6月", "2019-06"), date(5, "7月", "2019-07"),
    cnt(5, "7工事", 7, "工事"),
    date(5, "6月", "2019-06"), date(5, "7月", "2019-07"),
    dur(5, "20カ月", 20, "month", q=("approx",)),
    fyr(5, "2020年度", 2020),
    date(6, "3月", "2019-03"),
    trap(amt(6, "45億4,300万円", 4543000000, role=O), "一般競争入札の税抜予定価格", "a tender's ceiling price"),
    trap(amt(6, "76億円", 7600000000, role=O, q=("approx",)), "新庁舎 概算事業費", "the project's cost estimate"),
    cnt(7, "1階", 1, "階"), cnt(7, "3階", 3, "階"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
