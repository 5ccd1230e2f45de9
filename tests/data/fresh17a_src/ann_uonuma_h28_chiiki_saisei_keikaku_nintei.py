from kinds import amt, date, dur, fyr, trap, traps

DOC = "uonuma_h28_chiiki_saisei_keikaku_nintei"
# 新潟県魚沼市's notice of its 地域再生計画 certified in the 第41回 round (the 子育ての駅 facility, a 地方創生拠点整備交付金
# project): `平成28年4月` (the law's amendment) a date; `(1)計画の期間 平成28年度から平成32年度(5年間)` two fiscal-year points
# (GUIDE: the ends of `XからY` are two points; fresh16a) and a duration; `(2)施設整備事業費 55,200千円(このうち18,500千円が国から
# 交付)`: the facility project's cost over the plan and the national grant in it, both `support` (fresh9a's and dev10c's
# 事業費 project sizes; fresh15b's grant to one recipient), fy null (the plan runs five fiscal years and the page ties the
# money to none: a reader could give 2016, 2 fy), traps. `第41回`, the list marks `1`, `(1)`…`(3)`: no mentions.
S = "support"
M = [
    date(3, "平成28年4月", "2016-04"),
    fyr(9, "平成28年度", 2016), fyr(9, "平成32年度", 2020), dur(9, "5年間", 5, "year"),
    trap(amt(11, "55,200千円", 55200000, role=S), "子育ての駅 整備プロジェクト 施設整備事業費 (計画期間 平成28〜32年度)",
         "a grant project's facility cost over the plan period (the project size), not a year's budget"),
    trap(amt(11, "18,500千円", 18500000, role=S), "子育ての駅 整備プロジェクト 国から交付 (地方創生拠点整備交付金)",
         "the national grant to the city for one project, not a budget row"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
