from kinds import amt, cnt, fyr

DOC = "kyojinka_r2_hosei3_sato"
# 佐藤信秋's site on the 5か年加速化対策's first year in the 20年度第3次補正予算案: 国費 figures `supplementary_budget`,
# fy 2020 (the era-less `20年度` read as 2020 beside `(2021〜25年度)`; no fiscal_year mention for it: GUIDE), 事業費
# figures (国費 plus the local and other shares: a project size) `support` (GUIDE: 事業規模), fy 2020. The three
# 施策テーマ `▽name=国費N円(事業費N円)` are the rows (their 事業費 brackets traps); the plan's first-year total, its
# 公共事業関係 part, the largest ministry's total and the whole 国土強靱化関係 total with their 事業費 are traps;
# `総事業費約15兆円` the five-year plan's size, `support`, approx, fy null (a span of years), a trap.
# `(2021〜25年度)` one fiscal_year range 2021..2025; `5か年加速化対策` a name; `4車線化` a count of 4 車線
# (arguable); `第3次` an ordinal; `21年度` era-less (no mention).
S, U, FY = "supplementary_budget", "support", 2020
M = [
    amt(1, "15兆円", 15000000000000, role=U, q=("approx",)), fyr(1, "2021〜25年度", 2021, 2025),
    amt(1, "1兆9656億円", 1965600000000, role=S, fy=FY), amt(1, "3兆0541億円", 3054100000000, role=U, fy=FY),
    amt(1, "1兆6500億円", 1650000000000, role=S, fy=FY), amt(1, "2兆3973億円", 2397300000000, role=U, fy=FY),
    amt(2, "1兆5400億円", 1540000000000, role=S, fy=FY), amt(2, "2兆3785億円", 2378500000000, role=U, fy=FY),
    amt(2, "3984億円", 398400000000, role=S, fy=FY), amt(2, "6480億円", 648000000000, role=U, fy=FY),
    amt(2, "272億円", 27200000000, role=S, fy=FY), amt(2, "277億円", 27700000000, role=U, fy=FY),
    amt(3, "1兆3685億円", 1368500000000, role=S, fy=FY), cnt(3, "4車線", 4, "車線"),
    amt(5, "2兆2604億円", 2260400000000, role=S, fy=FY), amt(5, "3兆4963億円", 3496300000000, role=U, fy=FY),
    amt(5, "1兆7488億円", 1748800000000, role=S, fy=FY), amt(5, "2兆5252億円", 2525200000000, role=U, fy=FY),
]
W = "a 施策テーマ `▽name=国費N円(事業費N円)` of the 5か年加速化対策's first year in the 20年度第3次補正予算案"
ROWS = [
    dict(line=2, text="1兆5400億円", budget_yen=1540000000000, fy=FY, program="風水害や大規模地震などへの対策", role=S, why=W),
    dict(line=2, text="3984億円", budget_yen=398400000000, fy=FY,
         program="予防保全型インフラメンテナンスへの転換に向けた老朽化対策", aliases=["老朽化対策"], role=S, why=W),
    dict(line=2, text="272億円", budget_yen=27200000000, fy=FY, program="国土強靱化施策のデジタル化など",
         aliases=["国土強靱化施策のデジタル化"], role=S, why=W),
]
_T = [
    (1, "15兆円", 15000000000000, U, None, "総事業費 (5か年加速化対策)", "the five-year plan's project size"),
    (1, "1兆9656億円", 1965600000000, S, FY, "初年度分 国費", "the theme's supplementary total"),
    (1, "3兆0541億円", 3054100000000, U, FY, "初年度分 事業費", "the total's project cost"),
    (1, "1兆6500億円", 1650000000000, S, FY, "うち公共事業関係 国費", "the total's public-works part"),
    (1, "2兆3973億円", 2397300000000, U, FY, "うち公共事業関係 事業費", "the part's project cost"),
    (2, "2兆3785億円", 2378500000000, U, FY, "風水害… 事業費", "a row's project cost"),
    (2, "6480億円", 648000000000, U, FY, "老朽化対策 事業費", "a row's project cost"),
    (2, "277億円", 27700000000, U, FY, "デジタル化 事業費", "a row's project cost"),
    (3, "1兆3685億円", 1368500000000, S, FY, "国土交通省", "a ministry's total"),
    (5, "2兆2604億円", 2260400000000, S, FY, "国土強靱化関係の総額 国費", "the theme's whole total"),
    (5, "3兆4963億円", 3496300000000, U, FY, "国土強靱化関係の総額 事業費", "the whole total's project cost"),
    (5, "1兆7488億円", 1748800000000, S, FY, "うち公共事業関係 国費", "the whole total's public-works part"),
    (5, "2兆5252億円", 2525200000000, U, FY, "うち公共事業関係 事業費", "the part's project cost"),
]
NOT_ROWS = [dict(line=ln, text=t, value_yen=v, fy=fy, mention_role=r, what=w, reason=why) for ln, t, v, r, fy, w, why in _T]
