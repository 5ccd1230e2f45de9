from kinds import amt, fyr, pct

DOC = "tenri_h25_hensei_doboku"
# 奈良県天理市: 平成25年度一般会計 予算編成状況 for ONE 款 (土木費), FY2013 (line 1). The table gives the 款's figure at
# each stage of compilation: 予算要求額 (the departments' request), 中間調整額 (after the 総務部長査定), 最終調整額 (after
# the 市長査定: the budget, as the page says) and 前年度当初予算額. Earlier call (heldout 大阪府 sheet): where the assessed
# figure stands beside the request, the assessed one is the budget and the request `other`; the intermediate stage is
# `other` too (NEW: neither the request nor the adopted figure). The previous year's initial budget is previous_budget,
# FY2012. Every figure is a 款 total (a split by function, fresh's `民生費:…`): traps, no rows; the programmes below
# (道路修繕事業費, 河川改修事業費…) carry no figure of their own. The two adjustments (`合計 465,583千円の減額`, `243,280千円
# の増額`) are changes (`other`, positive: the word carries the direction), traps. `3月補正予算` is a budget label.
S, B, P, O, FY = "supplementary_budget", "budget", "previous_budget", "other", 2013
M = [
    fyr(1, "平成25年度", FY),
    pct(4, "123.75%", 123.75), pct(4, "105.72%", 105.72), pct(4, "115.14%", 115.14),
    amt(5, "3,195,500千円", 3195500000, role=O, fy=FY), amt(5, "2,729,917千円", 2729917000, role=O, fy=FY),
    amt(5, "2,973,197千円", 2973197000, role=B, fy=FY), amt(5, "2,582,165千円", 2582165000, role=P, fy=FY - 1),
    amt(15, "465,583千円", 465583000, role=O, fy=FY),
    amt(23, "243,280千円", 243280000, role=O, fy=FY),
]
ROWS: list[dict] = []
NOT_ROWS = [
    dict(line=5, text="3,195,500千円", value_yen=3195500000, fy=FY, mention_role=O, what="土木費 予算要求額",
         reason="a request beside the adopted figure; a 款 total (split by function)"),
    dict(line=5, text="2,729,917千円", value_yen=2729917000, fy=FY, mention_role=O, what="土木費 中間調整額 (総務部長査定後)",
         reason="an intermediate stage of compilation; a 款 total"),
    dict(line=5, text="2,973,197千円", value_yen=2973197000, fy=FY, mention_role=B, what="土木費 最終調整額 (市長査定後)",
         reason="a 款 total (split by function), not a programme"),
    dict(line=5, text="2,582,165千円", value_yen=2582165000, fy=FY - 1, mention_role=P, what="土木費 前年度当初予算額",
         reason="previous-year figure of a 款"),
    dict(line=15, text="465,583千円", value_yen=465583000, fy=FY, mention_role=O, what="中間調整段階の減額合計",
         reason="change between stages"),
    dict(line=23, text="243,280千円", value_yen=243280000, fy=FY, mention_role=O, what="最終調整段階の増額合計",
         reason="change between stages"),
]
