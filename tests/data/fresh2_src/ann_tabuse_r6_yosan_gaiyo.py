from kinds import amt, cnt, fyr, pct

DOC = "tabuse_r6_yosan_gaiyo"
# 令和6年度当初予算 (line 2): FY2024. 町全体の予算総額 and the general account are budget; 前年度の当初予算額 is
# previous_budget (FY2023); every 前年度比 change (増額/減額, by revenue source or function) and the 一般財源 total
# are other. Percents as written (the word 増/減 carries the sign).
B, P, O, FY = "budget", "previous_budget", "other", 2024
M = [
    amt(1, "72億500万円", 7205000000, role=B, fy=FY),
    fyr(2, "令和6年度", FY),
    amt(2, "120億円", 12000000000, role=B, fy=FY),
    amt(2, "72億500万円", 7205000000, role=B, fy=FY),
    amt(2, "64億9,800万円", 6498000000, role=P, fy=2023),
    amt(2, "7億700万円", 707000000, role=O, fy=FY),
    pct(2, "10.9%", 10.9),
    amt(4, "1億7,461万円", 174610000, role=O, fy=FY),
    pct(4, "583.7%", 583.7),
    amt(5, "8,654万円", 86540000, role=O, fy=FY),
    pct(5, "11.3%", 11.3),
    amt(6, "4億7,130万円", 471300000, role=O, fy=FY),
    pct(6, "94.3%", 94.3),
    amt(7, "47億3,800万円", 4738000000, role=O, fy=FY),
    amt(7, "1億1,665万円", 116650000, role=O, fy=FY),
    pct(7, "65.8%", 65.8),
    amt(11, "8億2,394万円", 823940000, role=O, fy=FY),
    pct(11, "137.1%", 137.1),
    amt(12, "1億3,659万円", 136590000, role=O, fy=FY),
    pct(12, "25.1%", 25.1),
    amt(13, "3億9,861万円", 398610000, role=O, fy=FY),
    pct(13, "38.5%", 38.5),
    fyr(16, "令和6年度", FY),
    cnt(17, "7つ", 7, "つ"),
    fyr(17, "令和6年度", FY),
]
ROWS: list[dict] = []
_C = "change on the year before (by revenue source or by function), not a programme"
NOT_ROWS = [
    dict(line=1, text="72億500万円", value_yen=7205000000, fy=FY, mention_role=B, what="一般会計", reason="general-account total"),
    dict(line=2, text="120億円", value_yen=12000000000, fy=FY, mention_role=B, what="町全体の予算総額",
         reason="all-accounts total"),
    dict(line=2, text="64億9,800万円", value_yen=6498000000, fy=2023, mention_role=P, what="前年度の当初予算額",
         reason="the general account's previous-year total"),
    dict(line=2, text="7億700万円", value_yen=707000000, fy=FY, mention_role=O, what="一般会計 増額", reason=_C),
    dict(line=7, text="47億3,800万円", value_yen=4738000000, fy=FY, mention_role=O, what="一般財源の全体額",
         reason="revenue class total"),
    *[dict(line=ln, text=t, value_yen=v, fy=FY, mention_role=O, what=w, reason=_C) for ln, t, v, w in [
        (4, "1億7,461万円", 174610000, "分担金・負担金 前年度比"), (5, "8,654万円", 86540000, "国庫支出金 前年度比"),
        (6, "4億7,130万円", 471300000, "町債 前年度比"), (11, "8億2,394万円", 823940000, "教育費 前年度比"),
        (12, "1億3,659万円", 136590000, "衛生費 前年度比"), (13, "3億9,861万円", 398610000, "土木費 前年度比")]],
]
