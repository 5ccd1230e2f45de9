from kinds import amt, cnt, date, dur, fyr, pct

DOC = "sagamihara_giin_h16_yosan_nikki"
# A council member's diary entry (2004-02-24) on the opening of the March session: the 平成16年度 general-account
# bill, its real size net of refinancing, the special accounts and the total, all with changes. Amounts are FY2004;
# the bill's totals are budget, the refinancing, the net figure and 市債 (revenue) are other. `152億` has no 円
# (an amount: the sentence is about money). `147億円あまり` → at_least. `2期8年`: 2 terms (count 期) and 8 years.
# 市制50周年 is an anniversary; 約50分 has no duration unit of the GUIDE (minutes): no mention.
B, O, FY = "budget", "other", 2004
M = [
    date(1, "2004年02月24日", "2004-02-24"),
    date(2, "3月", "2004-03"),
    amt(3, "1,780億円", 178000000000, role=B, fy=FY),
    fyr(3, "平成16年度", FY),
    cnt(3, "34議案", 34, "議案"),
    cnt(4, "2期", 2, "期"),
    dur(4, "8年", 8, "year"),
    pct(5, "9.9%", 9.9),
    amt(5, "147億円", 14700000000, None, role=O, fy=FY, q=("at_least",)),
    amt(5, "1,632億円", 163200000000, role=O, fy=FY),
    pct(5, "0.8%", 0.8),
    amt(5, "1,118億円", 111800000000, role=B, fy=FY),
    pct(5, "4.4%", 4.4),
    amt(5, "2,750億円", 275000000000, role=B, fy=FY),
    pct(5, "2.2%", 2.2),
    pct(6, "33.8%", 33.8),
    amt(6, "152億", 15200000000, role=O, fy=FY),
    pct(6, "13.2%", 13.2),
    date(7, "3月25日", None, "2004-03-25", q=("at_most",)),
]
ROWS: list[dict] = []
NOT_ROWS = [
    dict(line=3, text="1,780億円", value_yen=178000000000, fy=FY, mention_role=B, what="平成16年度一般会計予算案 総額",
         reason="general-account total"),
    dict(line=5, text="147億円", value_yen=14700000000, fy=FY, mention_role=O, what="減税補填の借り換え",
         reason="refinancing inside the total, not a programme"),
    dict(line=5, text="1,632億円", value_yen=163200000000, fy=FY, mention_role=O, what="実質 (借り換え除く)",
         reason="general-account total net of refinancing"),
    dict(line=5, text="1,118億円", value_yen=111800000000, fy=FY, mention_role=B, what="特別会計", reason="special accounts' total"),
    dict(line=5, text="2,750億円", value_yen=275000000000, fy=FY, mention_role=B, what="総額", reason="all-accounts total"),
    dict(line=6, text="152億", value_yen=15200000000, fy=FY, mention_role=O, what="借換債を除く市債", reason="revenue (bonds)"),
]
