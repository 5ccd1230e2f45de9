from kinds import amt, date

DOC = "mext_h27_ichioku_kinkyu_plan"
# 一億総活躍国民会議's 資料3 (平成27年11月12日), the 文部科学大臣's paper, as one slide flattened into line 2. Its money
# figures are domestic market sizes and GDP targets `【人工知能】 約3.7兆円⇒約23.6兆円 (2020年)`: the present size and the
# year's target, `other` (market sizes and targets, fresh README's "plans, targets, prices … → other"), fy null (a
# calendar target year `(2020年)` is a date, not a fiscal year of the amount), `approx` from 約; every one a trap.
# `GDP600兆円` is the government's GDP target: `other`, a trap. `第1の矢` … `第3の矢` ordinals, `資料3` a label: no
# mentions. The title line 1 holds no figure.
O = "other"
M = [
    date(2, "平成27年11月12日", "2015-11-12"),
    amt(2, "3.7兆円", 3700000000000, role=O, q=("approx",)), amt(2, "23.6兆円", 23600000000000, role=O, q=("approx",)),
    date(2, "2020年", "2020"),
    amt(2, "0.5兆円", 500000000000, role=O, q=("approx",)), amt(2, "1.1兆円", 1100000000000, role=O, q=("approx",)),
    date(2, "2020年", "2020"),
    amt(2, "91億円", 9100000000, role=O, q=("approx",)), amt(2, "950億円", 95000000000, role=O, q=("approx",)),
    date(2, "2020年", "2020"),
    amt(2, "5兆円", 5000000000000, role=O, q=("approx",)), amt(2, "18兆円", 18000000000000, role=O, q=("approx",)),
    date(2, "2025年", "2025"),
    amt(2, "600兆円", 600000000000000, role=O),
    amt(2, "5兆円", 5000000000000, role=O, q=("approx",)), amt(2, "15兆円", 15000000000000, role=O, q=("approx",)),
    date(2, "2025年", "2025"),
]
ROWS: list[dict] = []
MS = "a domestic market size (present or the year's target), not a budget"
NOT_ROWS = [
    dict(line=2, text="3.7兆円", value_yen=3700000000000, fy=None, mention_role=O, what="【人工知能】 国内市場規模 (現在)", reason=MS),
    dict(line=2, text="23.6兆円", value_yen=23600000000000, fy=None, mention_role=O, what="【人工知能】 (2020年)", reason=MS),
    dict(line=2, text="0.5兆円", value_yen=500000000000, fy=None, mention_role=O, what="【パワエレ】 (現在)", reason=MS),
    dict(line=2, text="1.1兆円", value_yen=1100000000000, fy=None, mention_role=O, what="【パワエレ】 (2020年)", reason=MS),
    dict(line=2, text="91億円", value_yen=9100000000, fy=None, mention_role=O, what="【再生医療】 (現在)", reason=MS),
    dict(line=2, text="950億円", value_yen=95000000000, fy=None, mention_role=O, what="【再生医療】 (2020年)", reason=MS),
    dict(line=2, text="5兆円", value_yen=5000000000000, fy=None, mention_role=O, what="【文化GDP】 (現在)",
         reason="a sector's GDP (a statistic), not a budget"),
    dict(line=2, text="18兆円", value_yen=18000000000000, fy=None, mention_role=O, what="【文化GDP】 (2025年)",
         reason="a target of a sector's GDP, not a budget"),
    dict(line=2, text="600兆円", value_yen=600000000000000, fy=None, mention_role=O, what="GDP600兆円",
         reason="the national GDP target, not a budget"),
    dict(line=2, text="15兆円", value_yen=15000000000000, fy=None, mention_role=O, what="【スポーツGDP】 (2025年)",
         reason="a target of a sector's GDP, not a budget"),
]
