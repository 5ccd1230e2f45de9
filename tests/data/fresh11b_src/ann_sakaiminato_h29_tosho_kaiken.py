from kinds import amt, cnt, date, fyr, pct, rank

DOC = "sakaiminato_h29_tosho_kaiken"
# 境港市 (鳥取県), its mayor's 定例記者会見 of 2017-02-22 on the 平成29年度予算案. Every amount FY2017 but the past years'
# size. Account totals (一般会計, 特別会計 (8会計), 併せまして) are budget traps; the changes `対前年度N円の増/減` other traps
# (the word carries the sign: positive values), their rates percents (`+0.2%` 0.2, `△3.3%` -3.3, `1.3%の減` 1.3);
# `平成13年度と平成14年度に160億円を少し超える` two past years' 一般会計: budget, fy null (two years), at_least (`超える`),
# a trap. No programme figure: no row (水木しげるロードリニューアル事業 is named without one). The breadcrumb's
# `平成17年11月~令和2年3月` one date range; `平成29年`, `平成29年2月` (a conference named by its month), `2月22日`
# dates; `過去3番目` a rank; `8会計` a count; `一つには` enumeration (no count).
B, O, FY = "budget", "other", 2017
M = [
    date(1, "平成17年11月~令和2年3月", "2005-11", "2020-03"), date(1, "平成29年", "2017"), date(1, "平成29年2月", "2017-02"),
    date(1, "2月22日", "2017-02-22"),
    date(2, "平成29年2月", "2017-02"), date(2, "2月22日", "2017-02-22"),
    fyr(4, "平成29年度", FY), fyr(5, "平成29年度", FY),
    amt(9, "158億6,000万円", 15860000000, role=B, fy=FY), amt(9, "3,000万円", 30000000, role=O, fy=FY), pct(9, "+0.2%", 0.2),
    cnt(9, "8会計", 8, "会計"), amt(9, "115億9,965万円", 11599650000, role=B, fy=FY), amt(9, "3億9,284万円", 392840000, role=O, fy=FY),
    pct(9, "△3.3%", -3.3), amt(9, "274億5,965万円", 27459650000, role=B, fy=FY), amt(9, "3億6,284万円", 362840000, role=O, fy=FY),
    pct(9, "1.3%", 1.3),
    rank(10, "3番目", 3), fyr(10, "平成13年度", 2001), fyr(10, "平成14年度", 2002),
    amt(10, "160億円", 16000000000, None, role=B, q=("at_least",)),
]
ROWS: list = []
NOT_ROWS = [
    dict(line=9, text="158億6,000万円", value_yen=15860000000, fy=FY, mention_role=B, what="一般会計 予算規模", reason="account total"),
    dict(line=9, text="3,000万円", value_yen=30000000, fy=FY, mention_role=O, what="一般会計 対前年度増", reason="change"),
    dict(line=9, text="115億9,965万円", value_yen=11599650000, fy=FY, mention_role=B, what="特別会計 (8会計)", reason="account total"),
    dict(line=9, text="3億9,284万円", value_yen=392840000, fy=FY, mention_role=O, what="特別会計 対前年度減", reason="change"),
    dict(line=9, text="274億5,965万円", value_yen=27459650000, fy=FY, mention_role=B, what="併せまして (全会計)", reason="whole budget total"),
    dict(line=9, text="3億6,284万円", value_yen=362840000, fy=FY, mention_role=O, what="全会計 対前年度減", reason="change"),
    dict(line=10, text="160億円", value_yen=16000000000, fy=None, mention_role=B, what="平成13・14年度の一般会計 (160億円を少し超える)",
         reason="past years' account totals"),
]
