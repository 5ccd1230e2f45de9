from kinds import amt, date, fyr, pct

DOC = "kashiwara_osaka_r6_yosan"
# 柏原市 (大阪府; its page 今年の予算-令和6年度-, 2024-04-03): the title's 令和6年度 scopes every amount (FY2024). The
# 一般会計 total is budget (a trap); its increase other. Under `歳入の特徴` each revenue (市税, 地方特例交付金, 地方交付税,
# 国庫支出金, 繰入金) and its signed change `対前年度比 △N円` / `+N円` are other (revenues and changes; `△` a minus, `+`
# kept in text as fresh4's `+3.5%`). The 市債残高 at 令和6年度末 (`約200億1,060万円`, approx) and its decrease are other
# FY2024 (a balance). Under `歳出(性質別)` the 人件費 and 物件費 figures are other (a split by kind of expense, fresh4)
# and so is the change. No programme figure: no row. `令和6年度末` / `令和5年度末` are fiscal years (text without 末).
O, B, FY = "other", "budget", 2024
M = [
    fyr(1, "令和6年度", FY),
    date(2, "2024年4月3日", "2024-04-03"),
    amt(4, "284億2,071万円", 28420710000, role=B, fy=FY), amt(4, "13億7,739万円", 1377390000, role=O, fy=FY),
    pct(4, "5.1%", 5.1),
    amt(8, "87億1,960万円", 8719600000, role=O, fy=FY), amt(8, "△2億9,480万円", -294800000, role=O, fy=FY),
    pct(8, "3.3%", 3.3),
    amt(9, "3億2,800万円", 328000000, role=O, fy=FY), amt(9, "+2億8,400万円", 284000000, role=O, fy=FY),
    pct(9, "645.5%", 645.5),
    amt(10, "56億円", 5600000000, role=O, fy=FY), amt(10, "+3億円", 300000000, role=O, fy=FY), pct(10, "5.7%", 5.7),
    fyr(11, "令和5年度", 2023),
    amt(11, "48億6,708万円", 4867080000, role=O, fy=FY), amt(11, "+3億7,950万円", 379500000, role=O, fy=FY),
    pct(11, "8.5%", 8.5),
    amt(12, "13億2,804万円", 1328040000, role=O, fy=FY), amt(12, "+5億8,777万円", 587770000, role=O, fy=FY),
    pct(12, "79.4%", 79.4),
    fyr(14, "令和6年度", FY), amt(14, "200億1,060万円", 20010600000, role=O, fy=FY, q=("approx",)),
    fyr(14, "令和5年度", 2023), amt(14, "8億9,264万円", 892640000, role=O, fy=FY),
    pct(15, "49%", 49, q=("approx",)),
    amt(17, "52億6,485万円", 5264850000, role=O, fy=FY), amt(17, "+5億7,271万円", 572710000, role=O, fy=FY),
    pct(17, "12.2%", 12.2),
    amt(18, "32億5,681万円", 3256810000, role=O, fy=FY),
]
ROWS: list[dict] = []
_W = {
    (4, "284億2,071万円"): ("一般会計当初予算額", "account total"),
    (4, "13億7,739万円"): ("一般会計の対前年度比増", "change of a total"),
    (8, "87億1,960万円"): ("市税", "revenue"), (8, "△2億9,480万円"): ("市税の対前年度比", "change of a revenue"),
    (9, "3億2,800万円"): ("地方特例交付金", "revenue"), (9, "+2億8,400万円"): ("地方特例交付金の対前年度比", "change of a revenue"),
    (10, "56億円"): ("地方交付税", "revenue"), (10, "+3億円"): ("地方交付税の対前年度比", "change of a revenue"),
    (11, "48億6,708万円"): ("国庫支出金", "revenue"), (11, "+3億7,950万円"): ("国庫支出金の対前年度比", "change of a revenue"),
    (12, "13億2,804万円"): ("繰入金", "revenue (fund drawdown)"), (12, "+5億8,777万円"): ("繰入金の対前年度比", "change of a revenue"),
    (14, "200億1,060万円"): ("令和6年度末の市債残高", "debt balance"), (14, "8億9,264万円"): ("市債残高の減", "change of a balance"),
    (17, "52億6,485万円"): ("人件費 (性質別)", "split by kind of expense"),
    (17, "+5億7,271万円"): ("人件費の対前年度比", "change of a class"),
    (18, "32億5,681万円"): ("物件費 (性質別)", "split by kind of expense"),
}
NOT_ROWS = [dict(line=ln, text=t, **{k: next(r[f] for r in M if r["line"] == ln and r["text"] == t)
                                     for k, f in (("value_yen", "min"), ("fy", "fy"), ("mention_role", "role"))},
                 what=w, reason=why)
            for (ln, t), (w, why) in _W.items()]
