from kinds import amt, date, fyr, pct

DOC = "mofa_h29_gaisan_yokyu_gaiyo"
# 外務省 平成29年度所管予算概算要求の概要 (PDF text, a two-column chart flattened): each item's FY2017 request figure
# (budget, a request is the budget of the requested year) with its `(+N億円)` change (other FY2017), and the same item's
# 平成28年度当初予算 figure (previous_budget FY2016); which is which follows the `(+N)` and the arithmetic (1,869-1,629
# = 240). `サミット開催経費等 144億円` is in the FY2016 column only (the FY2016 total 7,140 = 3,121 + 1,497 + 2,379 + 144; the
# FY2017 total 7,730 = 3,581 + 1,583 + 2,566): previous_budget FY2016, a trap. The chart's `(1,436)`… under `(単位:億円)` are bare cells (no mentions). `1ドル120円` is an exchange rate
# (a rate: no mention). `P0`…`P3`, `0.`–`3.`, a lone `1` are page and list numbers.
B, P, O, FY = "budget", "previous_budget", "other", 2017
M = [
    fyr(1, "平成29年度", FY),
    fyr(3, "平成29年度", FY),
    fyr(3, "平成28年度", 2016),
    fyr(4, "平成29年度", FY),
    fyr(5, "平成29年度", FY),
    fyr(22, "平成29年度", FY),
    fyr(22, "平成28年度", 2016),
    amt(24, "1,869億円", 186900000000, fy=FY),
    amt(25, "+240億円", 24000000000, role=O, fy=FY),
    amt(26, "144億円", 14400000000, role=P, fy=2016),
    amt(28, "1,629億円", 162900000000, role=P, fy=2016),
    amt(29, "3,581億円", 358100000000, fy=FY),
    amt(30, "+460億円", 46000000000, role=O, fy=FY),
    amt(31, "3,121億円", 312100000000, role=P, fy=2016),
    amt(33, "1,712億円", 171200000000, fy=FY),
    amt(34, "+220億円", 22000000000, role=O, fy=FY),
    amt(36, "1,492億円", 149200000000, role=P, fy=2016),
    amt(37, "386億円", 38600000000, fy=FY),
    amt(38, "+101億円", 10100000000, role=O, fy=FY),
    amt(39, "284億円", 28400000000, role=P, fy=2016),
    amt(40, "1,583億円", 158300000000, fy=FY),
    amt(41, "+86億円", 8600000000, role=O, fy=FY),
    amt(43, "1,497億円", 149700000000, role=P, fy=2016),
    amt(45, "1,197億円", 119700000000, fy=FY),
    amt(46, "▲15億円", -1500000000, role=O, fy=FY),
    amt(47, "1,212億円", 121200000000, role=P, fy=2016),
    amt(49, "2,379億円", 237900000000, role=P, fy=2016),
    amt(51, "2,566億円", 256600000000, fy=FY),
    amt(52, "+187億円", 18700000000, role=O, fy=FY),
    fyr(55, "平成28年度", 2016),
    amt(56, "7,140億円", 714000000000, role=P, fy=2016),
    amt(57, "4,342億円", 434200000000, role=P, fy=2016),
    fyr(59, "平成29年度", FY),
    amt(60, "7,730億円", 773000000000, fy=FY),
    amt(61, "+590億円", 59000000000, role=O, fy=FY),
    pct(61, "+8.3%", 8.3),
    amt(62, "4,903億円", 490300000000, fy=FY),
    amt(62, "+561億円", 56100000000, role=O, fy=FY),
    pct(62, "+12.9%", 12.9),
    fyr(65, "平成29年度", FY),
    date(67, "2016年7月", "2016-07"),
    date(68, "2015~2016年", "2015", "2016"),
]
W = "FY2017 request figure of an item of the chart 平成29年度予算概算要求と平成28年度当初予算の比較"
R = dict(fy=FY, role=B, why=W)
ROWS = [
    dict(line=24, text="1,869億円", budget_yen=186900000000, previous_budget_yen=162900000000, program="無償資金協力", **R),
    dict(line=33, text="1,712億円", budget_yen=171200000000, previous_budget_yen=149200000000,
         program="JICA運営費交付金等", aliases=["JICA運営費交付金"], **R),
    dict(line=37, text="386億円", budget_yen=38600000000, previous_budget_yen=28400000000, program="任意拠出金", **R),
    dict(line=45, text="1,197億円", budget_yen=119700000000, previous_budget_yen=121200000000,
         program="分担金・義務的拠出金", **R),
    dict(line=51, text="2,566億円", budget_yen=256600000000, previous_budget_yen=237900000000, program="一般的な政策経費",
         **R),
]
T = [
    (26, "144億円", 14400000000, P, 2016, "サミット開催経費等 (平成28年度 only)",
     "previous year's figure with no request figure (the FY2016 column's sum)"),
    (28, "1,629億円", 162900000000, P, 2016, "無償資金協力 (平成28年度)", "previous year's figure of a row"),
    (29, "3,581億円", 358100000000, B, FY, "無償資金協力+JICA運営費交付金等 (subtotal)", "an unnamed subtotal"),
    (31, "3,121億円", 312100000000, P, 2016, "subtotal (平成28年度)", "previous year's subtotal"),
    (36, "1,492億円", 149200000000, P, 2016, "JICA運営費交付金等 (平成28年度)", "previous year's figure of a row"),
    (39, "284億円", 28400000000, P, 2016, "任意拠出金 (平成28年度)", "previous year's figure of a row"),
    (40, "1,583億円", 158300000000, B, FY, "拠出金 subtotal", "an unnamed subtotal"),
    (43, "1,497億円", 149700000000, P, 2016, "拠出金 subtotal (平成28年度)", "previous year's subtotal"),
    (47, "1,212億円", 121200000000, P, 2016, "分担金・義務的拠出金 (平成28年度)", "previous year's figure of a row"),
    (49, "2,379億円", 237900000000, P, 2016, "一般的な政策経費 (平成28年度)", "previous year's figure of a row"),
    (56, "7,140億円", 714000000000, P, 2016, "平成28年度当初予算", "previous year's ministry total"),
    (57, "4,342億円", 434200000000, P, 2016, "うちODA (平成28年度)", "part of the previous total"),
    (60, "7,730億円", 773000000000, B, FY, "平成29年度概算要求", "the ministry's request total"),
    (62, "4,903億円", 490300000000, B, FY, "うちODA", "part of the request total"),
    (61, "+590億円", 59000000000, O, FY, "増額", "change of the total"),
]
NOT_ROWS = [dict(line=ln, text=t, value_yen=v, fy=fy, mention_role=r, what=w, reason=why) for ln, t, v, r, fy, w, why in T]
