from kinds import amt, date

DOC = "env_hosei2_kankyonews"
# 環境省's `今年度第2次補正予算案` as 環境新聞 reports it. The label makes every figure supplementary_budget (GUIDE: a
# label applies to the items under it; the headline `2次補正予算案` likewise); NO year is written: fy null on every
# amount (fresh6c's `今年度`), rows `fy_alt: [2022]` (the 令和4年度 second supplementary: GX, 断熱窓, `8日に公表`).
# The total (headline and body) is a trap; the items `name に N円` and `▽name(N円)` are rows. `8日` dated
# 2022-11-08 from outside the text (fresh6b's 宮内庁: dates take the deck's year); `第2次` an ordinal; `2国間` an
# idiom (二国間, GUIDE); `CO2`, `GX` no mentions.
S = "supplementary_budget"
M = [
    amt(1, "1383億円", 138300000000, role=S),
    date(2, "8日", "2022-11-08"), amt(2, "1383億円", 138300000000, role=S),
    amt(2, "50億円", 5000000000, role=S), amt(2, "90億円", 9000000000, role=S), amt(2, "100億円", 10000000000, role=S),
    amt(2, "534億円", 53400000000, role=S), amt(2, "143億円", 14300000000, role=S),
    amt(7, "22億円", 2200000000, role=S), amt(7, "20億円", 2000000000, role=S),
]
W = "`name に N円` among the main measures of 環境省's 今年度第2次補正予算案 (no year written)"
W2 = "`▽name(N円)` among the other measures of 環境省's 今年度第2次補正予算案 (no year written)"
_R = [
    (2, "50億円", 5000000000, "地域脱炭素移行・再エネ推進交付金", [], W),
    (2, "90億円", 9000000000, "民間企業等による再エネ主力化・レジリエンス強化促進事業", [], W),
    (2, "100億円", 10000000000, "断熱窓への改修促進等による家庭部門の省エネ・省CO2加速化支援事業", [], W),
    (2, "534億円", 53400000000, "循環型社会形成推進交付金(廃棄物処理施設分、一部国土交通省計上)", ["循環型社会形成推進交付金"], W),
    (2, "143億円", 14300000000, "災害等廃棄物処理事業費補助金", [], W),
    (7, "22億円", 2200000000, "地域脱炭素実現に向けた再エネの最大限導入のための計画づくり支援事業", [], W2),
    (7, "20億円", 2000000000, "地域レジリエンス・脱炭素化を同時実現する公共施設への自立・分散型エネルギー設備等導入推進事業", [], W2),
]
ROWS = [dict(line=ln, text=t, budget_yen=v, fy=None, fy_alt=[2022], program=p, aliases=a, role=S, why=w)
        for ln, t, v, p, a, w in _R]
NOT_ROWS = [
    dict(line=1, text="1383億円", value_yen=138300000000, fy=None, mention_role=S, what="2次補正予算案 総額 (headline)",
         reason="the ministry's supplementary total"),
    dict(line=2, text="1383億円", value_yen=138300000000, fy=None, mention_role=S, what="今年度第2次補正予算案 総額",
         reason="the ministry's supplementary total"),
]
