from kinds import amt, cnt, date, trap, traps

DOC = "asahi_2020_saga_kokusupo_shisetsu_seibi"
# 朝日新聞デジタル (2020-01, the address's `ASN1Q`): 佐賀県's SAGAサンライズパーク for the 2023 国スポ・全障スポ against the
# costs of earlier 国体 (滋賀県's survey of 2016). Every figure is a cost estimate of an event over several years or an
# average of earlier events: `other`, fy null, traps (`施設整備だけで540億円`, the averages `126億円`, `54億円`, `34億円`,
# 大分県's `22億円` and 長崎県's `108億円`, the estimate `開催経費は628億円`); the paywall's `980円` a price (`other`). `2023年の
# 国民スポーツ大会` a date (an event's year, with `の`); `24年に`, `16年に` two-digit years (no mention); `4倍`, `3倍` ratios;
# `月300本まで` a count, a cap (null..300, at_most: `まで` after a lone figure, fresh5c's `2,000万円までの範囲内`, fresh12b's
# `生後4か月まで`; blind audit); `月` a rate marker; the cut `8…` no mention.
O = "other"
R = "an event's cost estimate or an average of earlier events' costs, not a year's budget"
M = [
    date(2, "2023年", "2023"),
    trap(amt(2, "540億円", 54000000000, role=O), "SAGAサンライズパーク 施設整備費", R),
    trap(amt(3, "126億円", 12600000000, role=O), "国体 施設整備費 平均", R),
    trap(amt(3, "22億円", 2200000000, role=O), "大分県 施設整備費", R),
    trap(amt(3, "108億円", 10800000000, role=O), "長崎県 施設整備費", R),
    trap(amt(4, "54億円", 5400000000, role=O), "大会運営費 平均", R),
    trap(amt(4, "34億円", 3400000000, role=O), "競技力向上費 平均", R),
    trap(amt(4, "628億円", 62800000000, role=O), "佐賀県 開催経費 (試算)", R),
    trap(amt(6, "980円", 980, role=O), "有料記事 月額", "a subscription price"),
    cnt(6, "300本", None, "本", hi=300, q=("at_most",)),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
