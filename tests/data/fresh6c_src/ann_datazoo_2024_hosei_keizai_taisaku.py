from kinds import amt, date

DOC = "datazoo_2024_hosei_keizai_taisaku"
# A TV news digest (datazoo.jp, WireAction) of the government's 今年度補正予算案 (FY2024, decided 2024-11-29; the text
# writes only `今年度`): fy null on every amount, rows fy_alt [2024] (fresh4's 復興庁 call). The account total
# (`およそ13兆9000億円`, approx; `13兆9433億円`) and the package's three pillars `「…」には N円` are supplementary_budget
# traps; the measures `…に N円` under them are supplementary_budget rows; the revenues (税収上振れ `3兆8270億円`, the
# bonds `6兆6900億円`) other traps. `来年1月から` (a late-2024 item) → 2025-01.
S, O = "supplementary_budget", "other"
M = [
    amt(1, "13兆9000億円", 13900000000000, role=S, q=("approx",)),
    amt(1, "5兆7505億円", 5750500000000, role=S),
    amt(1, "3400億円", 340000000000, role=S),
    amt(1, "1兆3054億円", 1305400000000, role=S),
    amt(1, "3兆3897億円", 3389700000000, role=S),
    date(1, "1月", "2025-01"),
    amt(1, "3194億円", 319400000000, role=S),
    amt(1, "1兆324億円", 1032400000000, role=S),
    amt(1, "4兆7909億円", 4790900000000, role=S),
    amt(1, "6677億円", 667700000000, role=S),
    amt(1, "13兆9433億円", 13943300000000, role=S),
    amt(1, "3兆8270億円", 3827000000000, role=O),
    amt(1, "6兆6900億円", 6690000000000, role=O),
]
W = "measure `…に N円` under a pillar of the 今年度補正予算案 (the economic package)"
N = "the text writes only 今年度; the 補正予算案 of 2024-11-29 (FY2024)"
ROWS = [
    dict(line=1, text="3400億円", budget_yen=340000000000, fy=None, fy_alt=[2024], role=S, why=W, note=N,
         program="賃上げに向けた中小企業の設備投資やIT導入などの支援"),
    dict(line=1, text="1兆3054億円", budget_yen=1305400000000, fy=None, fy_alt=[2024], role=S, why=W, note=N, program="AI半導体産業の強化"),
    dict(line=1, text="3194億円", budget_yen=319400000000, fy=None, fy_alt=[2024], role=S, why=W, note=N,
         program="電気ガス料金への補助"),
    dict(line=1, text="1兆324億円", budget_yen=1032400000000, fy=None, fy_alt=[2024], role=S, why=W, note=N,
         program="ガソリンなどの価格を抑えるための補助事業"),
    dict(line=1, text="6677億円", budget_yen=667700000000, fy=None, fy_alt=[2024], role=S, why=W, note=N,
         program="自然災害からの復旧復興"),
]
NOT_ROWS = [
    dict(line=1, text="13兆9000億円", value_yen=13900000000000, fy=None, mention_role=S, what="一般会計の総額 (およそ)", reason="supplementary total"),
    dict(line=1, text="5兆7505億円", value_yen=5750500000000, fy=None, mention_role=S, what="「日本経済地方経済の成長」", reason="pillar total of a package"),
    dict(line=1, text="3兆3897億円", value_yen=3389700000000, fy=None, mention_role=S, what="「物価高への対応」", reason="pillar total of a package"),
    dict(line=1, text="4兆7909億円", value_yen=4790900000000, fy=None, mention_role=S, what="「国民の安心安全の確保」", reason="pillar total of a package"),
    dict(line=1, text="13兆9433億円", value_yen=13943300000000, fy=None, mention_role=S, what="一般会計の総額", reason="supplementary total"),
    dict(line=1, text="3兆8270億円", value_yen=3827000000000, fy=None, mention_role=O, what="税収の上振れ (財源)", reason="revenue"),
    dict(line=1, text="6兆6900億円", value_yen=6690000000000, fy=None, mention_role=O, what="国債の追加発行", reason="revenue (bonds)"),
]
