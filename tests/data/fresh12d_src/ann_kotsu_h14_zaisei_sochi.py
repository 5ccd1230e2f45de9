from kinds import amt, fyr

DOC = "kotsu_h14_zaisei_sochi"
# 交通安全白書 平成14年版, 平成13年度…交通安全施策の現況 第1編 第3部 陸上交通安全に関する財政措置. The field's budget:
# `平成13年度当初予算には、…総額約1兆6,127億円を計上した` (budget FY2001, a trap: the total of the field over ministries, its
# items in another table; brief: totals of a field). The local finance counted for the field: 地方交付税's 基準財政需要額
# `総額約1兆1,745億円を算入` (FY2001), `12年度の算入額1兆1,534億円` (FY2000: `12年度` has no era, no fiscal-year mention,
# but it sets the figure's fy, fresh11b), `約211億円の増加` (the change) and `738億円の地方債を見込んでいる` (FY2001): sums
# counted in a formula or expected of local bonds, no budget: `other`, traps. `14年度`, `13年度予算額`, `12年度` carry no
# era: no mentions. NEW, arguable: `総合交通安全施設等整備事業七箇年計画` is the plan's name: no duration (GUIDE: numbers
# inside names). The title line's `平成13年度` is a fiscal-year mention (the section's own year, not a date rule).
B, O = "budget", "other"
A = ("approx",)
M = [
    fyr(1, "平成13年度", 2001),
    fyr(6, "平成13年度", 2001), amt(6, "1兆6,127億円", 1612700000000, fy=2001, q=A),
    fyr(10, "平成13年度", 2001), amt(10, "1兆1,745億円", 1174500000000, role=O, fy=2001, q=A),
    amt(10, "1兆1,534億円", 1153400000000, role=O, fy=2000), amt(10, "211億円", 21100000000, role=O, fy=2001, q=A),
    fyr(12, "平成13年度", 2001), amt(12, "738億円", 73800000000, role=O, fy=2001),
]
ROWS: list = []
NOT_ROWS = [
    dict(line=6, text="1兆6,127億円", value_yen=1612700000000, fy=2001, mention_role=B, what="国の交通安全関係予算 総額",
         reason="the field's total over ministries (its items in another table): no programme's own budget"),
    dict(line=10, text="1兆1,745億円", value_yen=1174500000000, fy=2001, mention_role=O,
         what="地方交付税 基準財政需要額への算入額", reason="a sum counted in the local allocation formula, not a budget"),
    dict(line=10, text="1兆1,534億円", value_yen=1153400000000, fy=2000, mention_role=O, what="12年度の算入額",
         reason="the previous year's sum counted in the formula, not a budget"),
    dict(line=10, text="211億円", value_yen=21100000000, fy=2001, mention_role=O, what="算入額の増加",
         reason="a change, not a budget"),
    dict(line=12, text="738億円", value_yen=73800000000, fy=2001, mention_role=O, what="地方債 見込額",
         reason="local bonds expected to finance the field's facilities: a financing estimate, not a budget"),
]
