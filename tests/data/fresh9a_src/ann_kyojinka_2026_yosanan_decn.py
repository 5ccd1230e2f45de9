from kinds import amt, cnt, fyr, pct

DOC = "kyojinka_2026_yosanan_decn"
# 日刊建設工業新聞 on 内閣官房国土強靱化推進室's compilation of the 2026年度予算案 国土強靱化関係予算: `budget` FY2026.
# The theme's total and its 公共事業関係費 traps; `25年度補正予算に計上した…1兆9159億円(公共事業関係費1兆5500億円)`
# `supplementary_budget` FY2025 (the era-less `25年度` beside `2026年度` read as 2025; no fiscal_year mention: GUIDE),
# traps (the theme's supplementary total and its part); `国土交通省の3兆6601億円(前年度3兆6245億円)` a ministry's
# total and its previous-year figure (`previous_budget` FY2025), traps; the `▽府省N円` list: fifteen ministry
# totals, traps (`デジタル庁0億円` an amount of 0). The one measure with its own figure, 宮内庁's `陵墓などの…調査、
# 対策に1億28百万円`, is the row (its ministry total `宮内庁1億円` a trap). `460カ所` a count (か所); `26年度`,
# `26年` era-less (no mention); `第1次` an ordinal; `0・1%` (`・` decimal point).
B, S, P, FY = "budget", "supplementary_budget", "previous_budget", 2026
M = [
    fyr(1, "2026年度", FY), pct(1, "0・1%", 0.1), amt(1, "5兆3510億円", 5351000000000, fy=FY), pct(1, "0・9%", 0.9),
    amt(1, "4兆1106億円", 4110600000000, fy=FY), amt(1, "1兆9159億円", 1915900000000, role=S, fy=2025),
    amt(1, "1兆5500億円", 1550000000000, role=S, fy=2025),
    amt(2, "3兆6601億円", 3660100000000, fy=FY), amt(2, "3兆6245億円", 3624500000000, role=P, fy=2025),
    cnt(2, "460カ所", 460, "か所"), amt(2, "1億28百万円", 128000000, fy=FY),
]
_L = [("内閣府", "237億円", 23700000000), ("宮内庁", "1億円", 100000000), ("警察庁", "263億円", 26300000000),
      ("こども家庭庁", "1億円", 100000000), ("デジタル庁", "0億円", 0), ("総務省", "149億円", 14900000000),
      ("法務省", "251億円", 25100000000), ("外務省", "27億円", 2700000000), ("文部科学省", "1426億円", 142600000000),
      ("厚生労働省", "2億円", 200000000), ("農林水産省", "6065億円", 606500000000), ("経済産業省", "359億円", 35900000000),
      ("国交省", "3兆6601億円", 3660100000000), ("環境省", "821億円", 82100000000), ("防衛省", "7302億円", 730200000000)]
M += [amt(4, t, v, fy=FY) for _, t, v in _L]
ROWS = [dict(line=2, text="1億28百万円", budget_yen=128000000, fy=FY, program="陵墓などの危険性・老朽化の調査、対策",
             role=B, ministry="宮内庁", why="a ministry's measure with its own figure in the 2026年度 国土強靱化関係予算",
             note="初めて計上")]
NOT_ROWS = [
    dict(line=1, text="5兆3510億円", value_yen=5351000000000, fy=FY, mention_role=B, what="府省庁の国土強靱化関係予算",
         reason="the theme's total"),
    dict(line=1, text="4兆1106億円", value_yen=4110600000000, fy=FY, mention_role=B, what="その公共事業関係費",
         reason="the theme's public-works part (a class of expense)"),
    dict(line=1, text="1兆9159億円", value_yen=1915900000000, fy=2025, mention_role=S, what="25年度補正予算 同中期計画関係",
         reason="the theme's supplementary total of the previous year"),
    dict(line=1, text="1兆5500億円", value_yen=1550000000000, fy=2025, mention_role=S, what="うち公共事業関係費",
         reason="the supplementary's public-works part"),
    dict(line=2, text="3兆6601億円", value_yen=3660100000000, fy=FY, mention_role=B, what="国土交通省",
         reason="a ministry's total"),
    dict(line=2, text="3兆6245億円", value_yen=3624500000000, fy=2025, mention_role=P, what="国土交通省 前年度",
         reason="a ministry's previous-year total"),
] + [dict(line=4, text=t, value_yen=v, fy=FY, mention_role=B, what=m, reason="a ministry's total (`▽府省N円` list)")
     for m, t, v in _L]
