from kinds import amt, date, fyr, pct

DOC = "gsi_h26_yosan_tsukuba"
# つくばサイエンスニュース (issue No.2013-51, the week 2013-12-23..29) on 国土地理院's 平成26年度 予算概要 (政府案):
# every figure of the year is fy 2014. `予算総額は99億3,400万円` is budget (the organ's total, a trap), its part
# `運営費用54億8,600万円` budget (an expense class of the total, as fresh5a's 公債費 class: a trap); `今年度の
# 95億4,100万円` the previous year's total (previous_budget fy 2013, a trap); `3億9,300万円の増` a change (other);
# `(4%増)` a percent. The four `項目` figures are rows. `12月25日` is dated 2013 (the week). `No.2013-51`
# is an issue number (no date); `▽` a list marker.
B, P, O, FY = "budget", "previous_budget", "other", 2014
M = [
    date(1, "12月25日", "2013-12-25"), fyr(1, "平成26年度", FY),
    amt(2, "54億8,600万円", 5486000000, fy=FY), amt(2, "99億3,400万円", 9934000000, fy=FY),
    amt(2, "95億4,100万円", 9541000000, role=P, fy=2013), amt(2, "3億9,300万円", 393000000, role=O, fy=FY),
    pct(2, "4%", 4),
    amt(3, "15億6,700万円", 1567000000, fy=FY),
    amt(4, "7億2,200万円", 722000000, fy=FY), amt(4, "2億8,500万円", 285000000, fy=FY),
    amt(4, "1億500万円", 105000000, fy=FY),
    date(6, "2013年12月23日~2013年12月29日", "2013-12-23", "2013-12-29"),
]
W = "`項目` with its own figure in 国土地理院's 平成26年度予算 (政府案, lead-in)"
ROWS = [
    dict(line=3, text="15億6,700万円", budget_yen=1567000000, fy=FY, program="電子国土基本図及び基盤地図情報の着実な更新",
         role=B, why=W),
    dict(line=4, text="7億2,200万円", budget_yen=722000000, fy=FY,
         program="津波予測支援などのためのGNSS(全地球航法衛星システム)連続観測システムの高度化",
         aliases=["GNSS連続観測システムの高度化"], role=B, why=W),
    dict(line=4, text="2億8,500万円", budget_yen=285000000, fy=FY, program="人工衛星の利用等による地殻変動監視の推進", role=B,
         why=W),
    dict(line=4, text="1億500万円", budget_yen=105000000, fy=FY, program="地理地殻活動の研究", role=B, why=W),
]
NOT_ROWS = [
    dict(line=2, text="54億8,600万円", value_yen=5486000000, fy=FY, mention_role=B, what="同院の運営費用",
         reason="expense class of the total"),
    dict(line=2, text="99億3,400万円", value_yen=9934000000, fy=FY, mention_role=B, what="予算総額", reason="organ total"),
    dict(line=2, text="95億4,100万円", value_yen=9541000000, fy=2013, mention_role=P, what="今年度の予算総額",
         reason="previous year's total"),
    dict(line=2, text="3億9,300万円", value_yen=393000000, fy=FY, mention_role=O, what="総額の増", reason="change"),
]
