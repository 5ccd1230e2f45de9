from kinds import amt, fyr

DOC = "ooki_h28_yosan_kibo"
# 福岡県大木町 (町の予算規模, the budget book's first pages flattened into ONE line): 平成28年度 (FY2016) initial budget,
# compiled `事務事業評価と連動した事業別の予算編成`. The lead-in `一般会計の当初予算額 55 億 4,800 万円` is `budget`, a trap
# (a whole-account total). `平成 28 年度の主な新規事業` lists five NEW programmes with their own figures (`name・・・N 万円`):
# `budget` FY2016 rows (the label sets role and fy); `骨髄ドナー推進事業奨励金 14 万円` is the appropriation for a grant
# programme, no size per recipient (fresh8b's 佐賀市 `土地改良区に対する補助`), a row. The accounts table: the 平成 27 年度
# (A) column is the previous year's initial budget per account (`previous_budget`, FY2015), the 平成 28 年度 (B) column
# this year's (`budget`), the 増減額 column changes (`other`, `▲` negative); every account and the accounts' total are
# traps (accounts are not programmes). The second `55 億 4,800 万円` (table, 一般会計 (B)) repeats the lead-in: one trap
# for the text (fresh8b 牧之原市). The cut last cell `1億 2,003` has no unit: no mention. Years: `27 年 度補正予算` and
# `28 年度当初予算` carry no era name (GUIDE: no mention); `平成 28 度一般会計` (年 dropped) is read as the fiscal year it
# plainly names (NEW, arguable). `町道 10 号線` is a name; `(39 ページに掲載)` page references; `⑴`, `1.` list numbers.
B, P, O, FY = "budget", "previous_budget", "other", 2016
M = [
    fyr(1, "平成 28 年度", FY), fyr(1, "平成 27 年度", FY - 1), fyr(1, "平成 28 度", FY),
    amt(1, "55 億 4,800 万円", 5548000000, role=B, fy=FY),
    fyr(1, "平成 28 年度", FY),
    amt(1, "502 万円", 5020000, role=B, fy=FY), amt(1, "247 万円", 2470000, role=B, fy=FY),
    amt(1, "1,299 万円", 12990000, role=B, fy=FY), amt(1, "499 万円", 4990000, role=B, fy=FY),
    amt(1, "14 万円", 140000, role=B, fy=FY),
    fyr(1, "平成 27 年度", FY - 1),
    amt(1, "54 億 5,400 万円", 5454000000, role=P, fy=FY - 1), amt(1, "20 億 5,907 万円", 2059070000, role=P, fy=FY - 1),
    amt(1, "1 億 5,500 万円", 155000000, role=P, fy=FY - 1), amt(1, "76 億 6,807 万円", 7668070000, role=P, fy=FY - 1),
    fyr(1, "平成 28 年度", FY),
    amt(1, "55 億 4,800 万円", 5548000000, role=B, fy=FY), amt(1, "20 億 8,810 万円", 2088100000, role=B, fy=FY),
    amt(1, "1億 5,200 万円", 152000000, role=B, fy=FY), amt(1, "77 億 8,810 万円", 7788100000, role=B, fy=FY),
    amt(1, "9,400 万円", 94000000, role=O, fy=FY), amt(1, "2,903 万円", 29030000, role=O, fy=FY),
    amt(1, "▲ 300 万円", -3000000, role=O, fy=FY),
]
WHY = "平成28年度の主な新規事業: a programme with its own figure"
ROWS = [
    dict(line=1, text="502 万円", fy=FY, budget_yen=5020000, program="出会い応援事業", why=WHY, role=B),
    dict(line=1, text="247 万円", fy=FY, budget_yen=2470000, program="西鉄沿線活性化促進",
         aliases=["西鉄沿線活性化促進事業"], why=WHY, role=B),
    dict(line=1, text="1,299 万円", fy=FY, budget_yen=12990000, program="環境プラザの運営管理委託",
         aliases=["環境プラザの運営管理委託事業"], why=WHY, role=B),
    dict(line=1, text="499 万円", fy=FY, budget_yen=4990000, program="町税等のコンビニ収納システム導入事業", why=WHY, role=B),
    dict(line=1, text="14 万円", fy=FY, budget_yen=140000, program="骨髄ドナー推進事業奨励金",
         why=WHY + " (a grant programme's appropriation, no size per recipient)", role=B),
]
NOT_ROWS = [
    dict(line=1, text="55 億 4,800 万円", value_yen=5548000000, fy=FY, mention_role=B,
         what="平成28年度一般会計の当初予算額 (lead-in and table (B))", reason="account total"),
    dict(line=1, text="54 億 5,400 万円", value_yen=5454000000, fy=FY - 1, mention_role=P, what="一般会計 平成27年度 (A)",
         reason="previous-year account total"),
    dict(line=1, text="20 億 5,907 万円", value_yen=2059070000, fy=FY - 1, mention_role=P, what="国民健康保険特別会計 平成27年度 (A)",
         reason="previous-year account total"),
    dict(line=1, text="1 億 5,500 万円", value_yen=155000000, fy=FY - 1, mention_role=P, what="後期高齢者医療特別会計 平成27年度 (A)",
         reason="previous-year account total"),
    dict(line=1, text="76 億 6,807 万円", value_yen=7668070000, fy=FY - 1, mention_role=P, what="3会計計 平成27年度 (A)",
         reason="previous-year total of accounts"),
    dict(line=1, text="20 億 8,810 万円", value_yen=2088100000, fy=FY, mention_role=B, what="国民健康保険特別会計 平成28年度 (B)",
         reason="account total"),
    dict(line=1, text="1億 5,200 万円", value_yen=152000000, fy=FY, mention_role=B, what="後期高齢者医療特別会計 平成28年度 (B)",
         reason="account total"),
    dict(line=1, text="77 億 8,810 万円", value_yen=7788100000, fy=FY, mention_role=B, what="3会計計 平成28年度 (B)",
         reason="total of accounts"),
    dict(line=1, text="9,400 万円", value_yen=94000000, fy=FY, mention_role=O, what="一般会計 増減額", reason="change"),
    dict(line=1, text="2,903 万円", value_yen=29030000, fy=FY, mention_role=O, what="国民健康保険特別会計 増減額", reason="change"),
    dict(line=1, text="▲ 300 万円", value_yen=-3000000, fy=FY, mention_role=O, what="後期高齢者医療特別会計 増減額", reason="change"),
]
