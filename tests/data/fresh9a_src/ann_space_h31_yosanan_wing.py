from kinds import amt, fyr, pct

DOC = "space_h31_yosanan_wing"
# WING on 内閣府宇宙開発戦略推進事務局's compilation of every ministry's 宇宙関係予算: the 2018年度補正予算案 total
# (`supplementary_budget` FY2018) and the 2019年度予算 total (`budget` FY2019) side by side, both traps (the theme's
# totals); `3597億円`, their sum (headline and body), `other`, fy null (a sum across a supplementary and the next
# year's initial budget is no one budget's figure; arguable), traps; changes `109億円増` / `65億円` / `63億円減`
# `other` of their figure's year, traps. `2019度` (年 dropped) a fiscal year 2019 (four digits; arguable). No row:
# the text names no programme, only ministries' changes.
S, B, O = "supplementary_budget", "budget", "other"
M = [
    amt(3, "3597億円", 359700000000, role=O),
    fyr(4, "2018年度", 2018), fyr(4, "2019年度", 2019), amt(4, "625億円", 62500000000, role=S, fy=2018),
    fyr(4, "2017年度", 2017), amt(4, "109億円", 10900000000, role=O, fy=2018),
    fyr(4, "2019度", 2019), amt(4, "2972億円", 297200000000, fy=2019), fyr(4, "2018年度", 2018),
    amt(4, "65億円", 6500000000, role=O, fy=2019), amt(4, "3597億円", 359700000000, role=O),
    amt(4, "63億円", 6300000000, role=O, fy=2019), pct(4, "15.4%", 15.4),
]
ROWS: list[dict] = []
NOT_ROWS = [
    dict(line=3, text="3597億円", value_yen=359700000000, fy=None, mention_role=O, what="総計 (headline)",
         reason="the theme's 補正 + 当初 sum"),
    dict(line=4, text="625億円", value_yen=62500000000, fy=2018, mention_role=S, what="2018年度補正予算案 総額",
         reason="the theme's supplementary total"),
    dict(line=4, text="109億円", value_yen=10900000000, fy=2018, mention_role=O, what="対2017年度補正予算 増",
         reason="change"),
    dict(line=4, text="2972億円", value_yen=297200000000, fy=2019, mention_role=B, what="2019年度予算額",
         reason="the theme's budget total"),
    dict(line=4, text="65億円", value_yen=6500000000, fy=2019, mention_role=O, what="対2018年度当初予算比",
         reason="change"),
    dict(line=4, text="3597億円", value_yen=359700000000, fy=None, mention_role=O, what="補正と当初予算を合計した総額",
         reason="the theme's 補正 + 当初 sum"),
    dict(line=4, text="63億円", value_yen=6300000000, fy=2019, mention_role=O, what="防衛省 63億円減",
         reason="a ministry's change"),
]
