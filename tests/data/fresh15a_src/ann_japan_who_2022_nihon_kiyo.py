from kinds import amt, date, dur, rank, trap, traps

DOC = "japan_who_2022_nihon_kiyo"
# 日本WHO協会's page on Japan's contributions to WHO (2022). Dollar figures are no amounts (wild's call); the yen equivalents
# `(およそ250億円*)`, `(およそ 40 億円)`, `(約 150 億円)`, `( 10 億円強 )` are: money Japan gives an international organisation,
# `support` (a grant to a recipient; NEW, arguable: the GUIDE's `other` names donations, the page says `寄付し` once, `拠出`
# and `提供` elsewhere: read as contributions, one role for them all), approx (`およそ`, `約`); `強` at_least, max null
# (blind audit: fresh6b's `13億円強` and fresh8a read `強` as `余り`; the annotator first wrote approx, as fresh10b's
# `弱`), fy null (a biennium `2020 – 21年`, a period since 2016, a month: no Japanese fiscal year). Traps (sums given
# to one organisation over years, not a budget). `上位 10 位` rank ..10 (at_most, GUIDE `上位 N`), `第 2 位` rank 2; `2 年間` a
# duration; `2020 – 21年` a date range; `2016年以降` 2016.. (at_least); `2022年 4月` a date. `COVID-19` a name.
S = "support"
M = [
    rank(4, "10 位", None, 10, q=("at_most",)), date(4, "2020 – 21年", "2020", "2021"), dur(4, "2 年間", 2, "year"),
    trap(amt(4, "250億円", 25000000000, role=S, q=("approx",)), "WHOへの資金提供 2020–21年 (2 億 1800 万ドル)",
         "Japan's money given to WHO over a biennium (a yen equivalent), not a budget"),
    trap(amt(5, "40 億円", 4000000000, role=S, q=("approx",)), "緊急時対応基金 (CFE) への拠出 (3200 万ドル)",
         "a contribution to a fund of WHO (a yen equivalent), not a budget"),
    rank(5, "2 位", 2), date(5, "2016年", "2016", None, q=("at_least",)),
    trap(amt(5, "150 億円", 15000000000, role=S, q=("approx",)), "WHE への支援 2016年以降 (1 億 1300 万ドル)",
         "a sum given to a WHO programme over years (a yen equivalent), not a budget"),
    date(6, "2022年 4月", "2022-04"),
    trap(amt(6, "10 億円", 1000000000, None, role=S, q=("at_least",)), "ウクライナ等 感染症対策 協定 (950 万米ドル)",
         "an agreement's sum given to WHO (a yen equivalent), not a budget"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
