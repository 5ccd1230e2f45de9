from kinds import amt, cnt, date, fyr, trap, traps

DOC = "akita_r1_kikin_unyo_shinsa"
# 秋田市's 監査委員: 令和元年度基金運用状況審査意見 (a review of two funds' operation), the stored text cut inside the first
# fund (秋田市用品調達基金): its capital `4,000千円`, the capital's parts at the start of the year, then a table flattened one
# cell a line (`区分 |` / `金額等 |`, a label line then its `N円 |` line): capital, cash, stock valued, purchases, issues,
# the fund's total, the transfer to the general account, the capital's parts at year end, a turnover `15.0回` and
# `56品目`. Every figure is a fund's balance or a flow of its year, none a budget: `other`, fy 2019 (the title's
# 令和元年度 labels the review, GUIDE; the prose says `令和元年度期首`, `令和元年度における`), traps (the brief: a fund's
# balance). `15.0回` (回転率 C/A) a count of 回 (NEW, arguable: a turnover written as times); `同年8月31日` a date (2020).
# 秋田市 is a city, not 秋田県 (an earlier issuer).
O = "other"
t = trap
F = "a fund's capital, balance or flow in a review of its operation: no budget"
M = [
    fyr(1, "令和元年度", 2019), fyr(3, "令和元年度", 2019), fyr(4, "令和元年度", 2019),
    date(6, "令和2年7月6日", "2020-07-06"), date(6, "8月31日", "2020-08-31"),
    date(11, "令和2年3月31日", "2020-03-31"),
    t(amt(16, "4,000千円", 4000000, role=O, fy=2019), "用品調達基金 原資", F),
    fyr(16, "令和元年度", 2019),
    t(amt(16, "3,311千円", 3311000, role=O, fy=2019), "原資の内訳 現金 (期首)", F),
    t(amt(16, "689千円", 689000, role=O, fy=2019), "原資の内訳 在庫評価額 (期首)", F),
    t(amt(22, "4,000,000円", 4000000, role=O, fy=2019), "A 原資(期首)", F),
    t(amt(24, "3,310,718円", 3310718, role=O, fy=2019), "内訳a 現金残高 (期首)", F),
    t(amt(26, "689,282円", 689282, role=O, fy=2019), "内訳b 在庫評価額 (期首)", F),
    t(amt(28, "59,228,873円", 59228873, role=O, fy=2019), "B 用品購入額", F),
    t(amt(30, "59,922,749円", 59922749, role=O, fy=2019), "C 用品払出額", F),
    t(amt(32, "4,004,594円", 4004594, role=O, fy=2019), "D 現金", F),
    t(amt(34, "1,059,121円", 1059121, role=O, fy=2019), "E 期末在庫評価額", F),
    t(amt(36, "5,063,715円", 5063715, role=O, fy=2019), "F 基金総額", F),
    t(amt(38, "1,063,715円", 1063715, role=O, fy=2019), "G 一般会計繰出額", F),
    t(amt(40, "4,000,000円", 4000000, role=O, fy=2019), "H 原資(期末)", F),
    t(amt(42, "2,940,879円", 2940879, role=O, fy=2019), "内訳c 現金残高 (期末)", F),
    t(amt(44, "1,059,121円", 1059121, role=O, fy=2019), "内訳d 在庫評価額 (期末)", F),
    cnt(46, "15.0回", 15.0, "回"),
    cnt(48, "56品目", 56, "品目"),
    fyr(49, "令和元年度", 2019),
    t(amt(49, "59,229千円", 59229000, role=O, fy=2019), "令和元年度 用品購入額", F),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
