from kinds import amt, cnt, date, dur, fyr, trap, traps

DOC = "kobe_h22_jumin_kansa"
# 神戸市監査委員's notice (2010, a PDF's text on happylibus) that a resident's audit request on the grants to an old
# people's club is not received, quoting the request: `公金(補助金~4会計年度〈H17 度¥133,100 円×4=532,400 円推計〉)`.
# `133,100 円`: the club's grant of FY2005 (`H17 度`, an era abbreviation split from 度 by a space): `support` FY2005, a
# grant to one recipient, a trap. `532,400 円`: the resident's estimate of four years' grants to be returned: `other`,
# fy null (a sum over four fiscal years), a trap; `推計` is no qualifier (GUIDE). `4会計年度`: a duration of 4 years (NEW,
# arguable: a span of fiscal years counted). The spaced dates (`平 成 22 年 5 月 10 日`, `平成 22 年4月1日` ×2): dates as
# written. `神 監 1 第 2 6 号`, `神監1第 417 号`, `第 242 条`, `第5条`, `No5` are document, law and list numbers;
# `3名` ×2, `5氏` counts; `6ヶ月` a duration.
S, O = "support", "other"
t = trap
M = [
    date(5, "平 成 22 年 5 月 10 日", "2010-05-10"),
    date(5, "平成 22 年4月1日", "2010-04-01"), date(5, "平成 22 年4月1日", "2010-04-01"),
    dur(5, "4会計年度", 4, "year"),
    fyr(5, "H17", 2005),
    t(amt(5, "133,100 円", 133100, role=S, fy=2005), "老人クラブへの補助金 H17年度",
      "a grant paid to one recipient (support): no budget"),
    t(amt(5, "532,400 円", 532400, role=O, fy=None), "4会計年度の補助金 返還請求額 (推計)",
      "a resident's estimate of a sum to be returned, over four years"),
    cnt(5, "3名", 3, "名"), cnt(5, "3名", 3, "名"), cnt(5, "5氏", 5, "氏"),
    dur(5, "6ヶ月", 6, "month"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
