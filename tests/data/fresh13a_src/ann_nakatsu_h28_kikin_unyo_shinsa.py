from kinds import amt, date, fyr, trap, traps

DOC = "nakatsu_h28_kikin_unyo_shinsa"
# 大分県中津市's 監査委員: the review of its funds' operation in 平成28年度 (基金の運用状況を示す書類の審査意見), as a document
# site (123deta) stores it: the funds reviewed, the dates, the result, then 中津市土地開発基金: its year-end holding
# (`本年度末現在高は 8,324.03 ㎡で、259,649,240 円`) and the land bought for five road projects in the year (`149.62 ㎡で
# 1,771,488 円`, a compensation `20,300,000 円` …). A fund's holding and its purchases: `other`, fy 2016 (本年度 = 平成28年度,
# the year reviewed: `平成 28 年度の審査においては`), traps. Areas (`㎡`) have no kind; the cut `97.92 ` no mention.
# `ドキュメント内 平 成 1 3 年 度 (ページ 91-94)`: the site's label of the file holding the text (a document's name, and
# not the text's year): no mention (NEW, arguable). `昭和 45 年度` (the fund's founding) a fiscal year 1970.
O = "other"
t = trap
L = "a land fund's holding or a purchase of its year in a review of its operation: no budget"
M = [
    fyr(5, "平成 28 年度", 2016),
    date(7, "平成 29 年 6 月 21 日", "2017-06-21"), date(7, "平成 29 年 8 月 16 日", "2017-08-16"),
    fyr(8, "平成 28 年度", 2016),
    fyr(13, "昭和 45 年度", 1970),
    t(amt(14, "259,649,240 円", 259649240, role=O, fy=2016), "土地開発基金 本年度末現在高", L),
    t(amt(15, "1,771,488 円", 1771488, role=O, fy=2016), "市道諌山駅加勢線道路改良事業 (取得)", L),
    t(amt(15, "20,300,000 円", 20300000, role=O, fy=2016), "龍谷西通り線道路改良事業 (物件移転補償)", L),
    t(amt(15, "1,961,659 円", 1961659, role=O, fy=2016), "鍋島桜洲橋県道線道路改良事業 (取得)", L),
    t(amt(15, "973,020 円", 973020, role=O, fy=2016), "三光佐知臼木線道路改良事業 (取得)", L),
    t(amt(15, "8,351,393 円", 8351393, role=O, fy=2016), "諸田定留線道路改良事業 (取得)", L),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
