from kinds import amt, cnt, fyr, trap, traps

DOC = "shiga_h26_kinkyu_keizai_taisaku_taiou"
# 滋賀県's response to the national 「地方への好循環拡大に向けた緊急経済対策」 (its PDF on expydoc): the 平成26年度補正予算案
# (`補正額 4,197百万円`) and the 平成27年度当初予算案's `経済対策分 1,098百万円`, figures on their own lines with `百万円`
# (mentions). Labels scope role and fy (GUIDE): under 平成26年度補正予算案 supplementary_budget fy 2014, under 平成27年度
# 当初予算案 budget fy 2015. Totals and groupings are traps: the 補正額, the ■ groups (交付金[消費喚起型] `1,303`, [地方
# 創生先行型] `682` (31事業), 公共事業 `173` with its split 土地改良公共 `35` / 土木公共 `138`, その他 `2,039`), the 経済対策分.
# The 《主な事業》 with their own figures are rows: 担い手農地集積事業費 `487`, 農地中間管理事業推進基金積立金 `910` (2014
# supplementary); 周産期医療体制整備事業 `74`, 戦略分野オープンイノベーション環境整備事業 `70`, 地域自殺対策強化事業費 `26`,
# 農地中間管理事業促進費 `419`, 医療機関等整備費 `360` (2015 budget). The split public works (`35`, `138`) traps as
# breakdowns by kind (fresh7a's 公共事業費). `平成 26 年度` with its spaces in text (fresh12a). `(2` + `事業)` a count
# broken by the line break (text `2`, GUIDE); `(31事業)` a count.
S, B = "supplementary_budget", "budget"
G = "a grouping of the package's measures"
WS = "a measure under 《主な事業》 of the 平成26年度補正予算案 (the response to the national package)"
WB = "a measure under 《主な事業》 of the 平成27年度当初予算案's 経済対策分"
M = [
    fyr(5, "平成 26 年度", 2014),
    trap(amt(6, "4,197百万円", 4197000000, role=S, fy=2014), "平成26年度補正予算案 補正額", "supplementary total"),
    trap(amt(8, "1,303 百万円", 1303000000, role=S, fy=2014), "地域住民生活等緊急支援交付金[消費喚起型]を活用した事業", G),
    cnt(11, "2", 2, "事業"),
    trap(amt(13, "682 百万円", 682000000, role=S, fy=2014), "地域住民生活等緊急支援交付金[地方創生先行型]を活用した事業", G),
    cnt(17, "31事業", 31, "事業"),
    trap(amt(19, "173 百万円", 173000000, role=S, fy=2014), "公共事業", G),
    trap(amt(20, "35 百万円", 35000000, role=S, fy=2014), "公共事業のうち土地改良公共", "a breakdown by kind of works"),
    trap(amt(22, "138 百万円", 138000000, role=S, fy=2014), "公共事業のうち土木公共", "a breakdown by kind of works"),
    trap(amt(24, "2,039 百万円", 2039000000, role=S, fy=2014), "その他", G),
    amt(29, "487 百万円", 487000000, role=S, fy=2014),
    amt(31, "910 百万円", 910000000, role=S, fy=2014),
    fyr(32, "平成 27 年度", 2015),
    trap(amt(34, "1,098百万円", 1098000000, role=B, fy=2015), "平成27年度当初予算案 経済対策分", "package part of an initial budget"),
    fyr(35, "平成 27 年度", 2015),
    amt(39, "74 百万円", 74000000, role=B, fy=2015),
    amt(40, "70 百万円", 70000000, role=B, fy=2015),
    amt(42, "26 百万円", 26000000, role=B, fy=2015),
    amt(44, "419 百万円", 419000000, role=B, fy=2015),
    amt(46, "360 百万円", 360000000, role=B, fy=2015),
]
ROWS = [
    dict(line=29, text="487 百万円", budget_yen=487000000, fy=2014, role=S, why=WS, program="担い手農地集積事業費"),
    dict(line=31, text="910 百万円", budget_yen=910000000, fy=2014, role=S, why=WS, program="農地中間管理事業推進基金積立金"),
    dict(line=39, text="74 百万円", budget_yen=74000000, fy=2015, role=B, why=WB, program="周産期医療体制整備事業"),
    dict(line=40, text="70 百万円", budget_yen=70000000, fy=2015, role=B, why=WB, program="戦略分野オープンイノベーション環境整備事業"),
    dict(line=42, text="26 百万円", budget_yen=26000000, fy=2015, role=B, why=WB, program="地域自殺対策強化事業費"),
    dict(line=44, text="419 百万円", budget_yen=419000000, fy=2015, role=B, why=WB, program="農地中間管理事業促進費"),
    dict(line=46, text="360 百万円", budget_yen=360000000, fy=2015, role=B, why=WB, program="医療機関等整備費"),
]
NOT_ROWS = traps(M)
