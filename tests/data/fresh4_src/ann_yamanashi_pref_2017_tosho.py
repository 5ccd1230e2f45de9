from kinds import amt, cnt, date, dur, fyr, pct

DOC = "yamanashi_pref_2017_tosho"
# 山梨県 2017年度当初予算案 (news of 2017-02-11, the address's date; `10日` is the day before): the 一般会計 total
# (headline `4604億` without 円 and the full figure) is budget FY2017; its decrease, the tax revenue, the prefectural
# bonds and the fund drawdown are other FY2017. `2月定例県議会` is the February 2017 session; `17日` opens it,
# `3月23日まで` closes it (null..2017-03-23, at_most), `35日間` a duration. `75の新規事業` counts 新規事業. No rows.
B, O, FY = "budget", "other", 2017
M = [
    amt(1, "4604億", 460400000000, fy=FY),
    fyr(4, "2017年度", FY),
    date(4, "10日", "2017-02-10"),
    amt(6, "4604億3108万4000円", 460431084000, fy=FY),
    fyr(6, "2016年度", 2016),
    pct(6, "1.3パーセント", 1.3, q=("approx",)),
    amt(6, "58億4762万4000円", 5847624000, role=O, fy=FY),
    dur(6, "3年", 3, "year"),
    cnt(6, "75の新規事業", 75, "新規事業"),
    pct(6, "0.2パーセント", 0.2),
    amt(6, "1048億5795万円", 104857950000, role=O, fy=FY),
    amt(6, "359億8500万円", 35985000000, role=O, fy=FY),
    amt(6, "160億円", 16000000000, role=O, fy=FY, q=("approx",)),
    date(8, "2月", "2017-02"),
    date(8, "17日", "2017-02-17"),
    date(8, "3月23日", None, "2017-03-23", q=("at_most",)),
    dur(8, "35日間", 35, "day"),
]
ROWS = []
NOT_ROWS = [
    dict(line=1, text="4604億", value_yen=460400000000, fy=FY, mention_role=B, what="一般会計 (headline)",
         reason="account total"),
    dict(line=6, text="4604億3108万4000円", value_yen=460431084000, fy=FY, mention_role=B, what="一般会計の総額",
         reason="account total"),
    dict(line=6, text="58億4762万4000円", value_yen=5847624000, fy=FY, mention_role=O, what="減少額",
         reason="change of the total"),
    dict(line=6, text="1048億5795万円", value_yen=104857950000, fy=FY, mention_role=O, what="実質の県税収入",
         reason="revenue"),
    dict(line=6, text="359億8500万円", value_yen=35985000000, fy=FY, mention_role=O, what="県債", reason="revenue"),
    dict(line=6, text="160億円", value_yen=16000000000, fy=FY, mention_role=O, what="基金の取り崩し",
         reason="fund drawdown (revenue)"),
]
