from kinds import amt, date, fyr, pct

DOC = "space_2018_gaisan_nikkan"
# 日刊工業新聞 on 内閣府宇宙開発戦略推進事務局's compilation of the 2018年度 宇宙関係 requests: `budget` FY2018 for the
# requested figures. The theme's total `3550億円` a trap; `17年度当初予算2902億円` `previous_budget` FY2017 (the
# era-less `17年度` read beside `2018年度`, as the 国土強靱化 decks), `16年度補正予算522億円` `supplementary_budget`
# FY2016, their sum `3424億円` `other` fy null (as WING's 補正 + 当初 sum), traps; the three ministries' totals
# (`文部科学省が…H3の開発費などに…1926億円`, 内閣官房 `753億円`, 防衛省 `413億円`: each a ministry's whole 宇宙
# request, described by its main items) traps. No row. The dateline `2017/9/14` twice (a date; `05:00` a clock time),
# `13日` → 2017-09-13; `22・3%` … (`・` decimal point); `H3` a name.
B, P, S, O, FY = "budget", "previous_budget", "supplementary_budget", "other", 2018
M = [
    date(2, "2017/9/14", "2017-09-14"),
    date(3, "13日", "2017-09-13"), fyr(3, "2018年度", FY), pct(3, "22・3%", 22.3), amt(3, "3550億円", 355000000000, fy=FY),
    amt(3, "2902億円", 290200000000, role=P, fy=2017), amt(3, "522億円", 52200000000, role=S, fy=2016),
    amt(3, "3424億円", 342400000000, role=O),
    pct(4, "27・2%", 27.2), amt(4, "1926億円", 192600000000, fy=FY),
    pct(5, "21・6%", 21.6), amt(5, "753億円", 75300000000, fy=FY), pct(5, "6・7%", 6.7), amt(5, "413億円", 41300000000, fy=FY),
    date(6, "2017/9/14", "2017-09-14"),
]
ROWS: list[dict] = []
NOT_ROWS = [
    dict(line=3, text="3550億円", value_yen=355000000000, fy=FY, mention_role=B, what="宇宙関係分野 概算要求", reason="the theme's total"),
    dict(line=3, text="2902億円", value_yen=290200000000, fy=2017, mention_role=P, what="17年度当初予算",
         reason="the previous year's total"),
    dict(line=3, text="522億円", value_yen=52200000000, fy=2016, mention_role=S, what="16年度補正予算",
         reason="an earlier supplementary total"),
    dict(line=3, text="3424億円", value_yen=342400000000, fy=None, mention_role=O, what="当初 + 補正", reason="a sum across budgets"),
    dict(line=4, text="1926億円", value_yen=192600000000, fy=FY, mention_role=B, what="文部科学省", reason="a ministry's total"),
    dict(line=5, text="753億円", value_yen=75300000000, fy=FY, mention_role=B, what="内閣官房", reason="a ministry's total"),
    dict(line=5, text="413億円", value_yen=41300000000, fy=FY, mention_role=B, what="防衛省", reason="a ministry's total"),
]
