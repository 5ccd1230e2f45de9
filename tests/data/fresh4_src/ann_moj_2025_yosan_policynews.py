from kinds import amt, cnt, fyr, pct

DOC = "moj_2025_yosan_policynews"
# 法務省 2025年度予算案 (policynews.jp): the ministry total and the programme figures (`…経費として N億円`) are budget
# FY2025, every `N億円増` change other. `24年度補正予算` writes its year without era or four digits (no fiscal_year
# mention, GUIDE), but the text fixes it (2025年度 and its 前年度): its figures are supplementary_budget fy 2024.
# Era-less dates (`23年3月17日`, `25年6月`, `22年改正刑法`) are no mentions; `第二次`, `(1)`, `(2)` are ordinals and
# list markers; `4つの柱` counts.
B, S, O, FY = "budget", "supplementary_budget", "other", 2025
M = [
    fyr(2, "2025年度", FY),
    amt(2, "7,436億円", 743600000000, fy=FY),
    pct(2, "0.4%", 0.4),
    amt(2, "32億円", 3200000000, role=O, fy=FY),
    fyr(4, "2025年度", FY),
    amt(4, "7,436億円", 743600000000, fy=FY),
    pct(4, "0.4%", 0.4),
    amt(4, "32億円", 3200000000, role=O, fy=FY),
    cnt(4, "4つ", 4, "つ"),
    amt(6, "71.2億円", 7120000000, fy=FY),
    amt(6, "2.6億円", 260000000, role=O, fy=FY),
    amt(6, "92.9億円", 9290000000, fy=FY),
    amt(6, "2.5億円", 250000000, role=O, fy=FY),
    amt(6, "0.7億円", 70000000, role=S, fy=2024),
    amt(6, "4.8億円", 480000000, role=S, fy=2024),
    amt(8, "331.1億円", 33110000000, fy=FY),
    amt(8, "5.7億円", 570000000, role=O, fy=FY),
    amt(8, "10.2億円", 1020000000, role=S, fy=2024),
]
WB = "`…を図るための経費として N億円…を計上` of the 2025年度予算案"
WS = "`24年度補正予算では (n)に N億円`: the same programme's figure in the previous year's supplementary"
P1 = "拘禁刑の導入等を踏まえた施設内処遇の充実強化"
P2 = "保護司の安全確保対策を含む社会内処遇の充実強化"
P3 = "犯罪被害者等支援弁護士制度の体制整備を含めた総合法律支援体制の充実強化"
ROWS = [
    dict(line=6, text="71.2億円", budget_yen=7120000000, fy=FY, program=P1, aliases=["施設内処遇の充実強化"], role=B, why=WB),
    dict(line=6, text="92.9億円", budget_yen=9290000000, fy=FY, program=P2, aliases=["社会内処遇の充実強化"], role=B, why=WB),
    dict(line=8, text="331.1億円", budget_yen=33110000000, fy=FY, program=P3, aliases=["総合法律支援体制の充実強化", "法テラス"],
         role=B, why=WB),
    dict(line=6, text="0.7億円", budget_yen=70000000, fy=2024, program=P1, aliases=["施設内処遇の充実強化"], role=S, why=WS),
    dict(line=6, text="4.8億円", budget_yen=480000000, fy=2024, program=P2, aliases=["社会内処遇の充実強化"], role=S, why=WS),
    dict(line=8, text="10.2億円", budget_yen=1020000000, fy=2024, program=P3, aliases=["総合法律支援体制の充実強化", "法テラス"],
         role=S, why=WS),
]
NOT_ROWS = [
    dict(line=2, text="7,436億円", value_yen=743600000000, fy=FY, mention_role=B, what="2025年度予算案額",
         reason="the ministry's total"),
    dict(line=2, text="32億円", value_yen=3200000000, fy=FY, mention_role=O, what="前年度当初予算比 増",
         reason="change of the total"),
    dict(line=4, text="7,436億円", value_yen=743600000000, fy=FY, mention_role=B, what="法務省の2025年度予算案額",
         reason="the ministry's total"),
    dict(line=4, text="32億円", value_yen=3200000000, fy=FY, mention_role=O, what="前年度当初予算比 増",
         reason="change of the total"),
    dict(line=6, text="2.6億円", value_yen=260000000, fy=FY, mention_role=O, what="施設内処遇 対前年度 増",
         reason="change of a programme"),
    dict(line=6, text="2.5億円", value_yen=250000000, fy=FY, mention_role=O, what="社会内処遇 同 増",
         reason="change of a programme"),
    dict(line=8, text="5.7億円", value_yen=570000000, fy=FY, mention_role=O, what="総合法律支援 対前年度 増",
         reason="change of a programme"),
]
