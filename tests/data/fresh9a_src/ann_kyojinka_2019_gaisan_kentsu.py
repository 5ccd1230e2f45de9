from kinds import amt, date, fyr, pct

DOC = "kyojinka_2019_gaisan_kentsu"
# 建通新聞 (via senmonshi.com) on the 中央省庁's 2019年度 requests for 国土強靱化: every figure a request, `budget`
# FY2019. The theme's total and its 公共事業関係費 traps; the ministries' measures `name … N%増の N円` rows
# (国土交通省's 水害対策, 文部科学省's 学校施設の耐震化, 厚生労働省など's 水道施設の耐震化, 国交省's and 農林水産省's
# インフラの老朽化対策); the `▽府省N円` list of thirteen ministry totals traps (`厚労省824億円` equals its 水道 measure:
# still the ministry's total there). `29・4%` etc. (`・` decimal point) percents; the dateline `2018/09/04` a date.
B, FY = "budget", 2019
M = [
    date(1, "2018/09/04", "2018-09-04"), pct(2, "29・4%", 29.4),
    fyr(3, "2019年度", FY), pct(3, "29・4%", 29.4), amt(3, "4兆8951億円", 4895100000000, fy=FY),
    pct(3, "20・5%", 20.5), amt(3, "3兆9665億円", 3966500000000, fy=FY), pct(3, "34・3%", 34.3),
    amt(3, "5273億円", 527300000000, fy=FY),
    pct(4, "411・9%", 411.9), amt(4, "3143億円", 314300000000, fy=FY), pct(4, "120・3%", 120.3),
    amt(4, "824億円", 82400000000, fy=FY),
    pct(5, "21・6%", 21.6), amt(5, "5440億円", 544000000000, fy=FY), pct(5, "13・3%", 13.3),
    amt(5, "3008億円", 300800000000, fy=FY),
]
_L = [("内閣官房", "2億円", 200000000), ("内閣府", "295億円", 29500000000), ("警察庁", "448億円", 44800000000),
      ("総務省", "139億円", 13900000000), ("法務省", "385億円", 38500000000), ("外務省", "15億円", 1500000000),
      ("文科省", "3523億円", 352300000000), ("厚労省", "824億円", 82400000000), ("農水省", "5764億円", 576400000000),
      ("経済産業省", "206億円", 20600000000), ("国交省", "3兆5192億円", 3519200000000), ("環境省", "18億円", 1800000000),
      ("防衛省", "2138億円", 213800000000)]
M += [amt(6, t, v, fy=FY) for _, t, v in _L]
W = "a ministry's measure `name … N%増の N円` in the 2019年度 国土強靱化 requests"
ROWS = [
    dict(line=3, text="5273億円", budget_yen=527300000000, fy=FY, program="水害対策", role=B, why=W, ministry="国土交通省",
         note="the 事業費 requested for 水害対策 after 西日本豪雨"),
    dict(line=4, text="3143億円", budget_yen=314300000000, fy=FY, program="学校施設の耐震化に関する経費",
         aliases=["学校施設の耐震化"], role=B, why=W, ministry="文部科学省"),
    dict(line=4, text="824億円", budget_yen=82400000000, fy=FY, program="水道施設の耐震化などの経費",
         aliases=["水道施設の耐震化"], role=B, why=W, ministry="厚生労働省",
         note="the text: `厚生労働省などが要求した` (the lead ministry named)"),
    dict(line=5, text="5440億円", budget_yen=544000000000, fy=FY, program="インフラの老朽化対策", role=B, why=W,
         ministry="国土交通省"),
    dict(line=5, text="3008億円", budget_yen=300800000000, fy=FY, program="インフラの老朽化対策", role=B, why=W,
         ministry="農林水産省"),
]
NOT_ROWS = [
    dict(line=3, text="4兆8951億円", value_yen=4895100000000, fy=FY, mention_role=B, what="国土強靱化の関連予算",
         reason="the theme's total"),
    dict(line=3, text="3兆9665億円", value_yen=3966500000000, fy=FY, mention_role=B, what="うち公共事業関係費",
         reason="the theme's public-works part (a class of expense)"),
] + [dict(line=6, text=t, value_yen=v, fy=FY, mention_role=B, what=m, reason="a ministry's total (`▽府省N円` list)")
     for m, t, v in _L]
