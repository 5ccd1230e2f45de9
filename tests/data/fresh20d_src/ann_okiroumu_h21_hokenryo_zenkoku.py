from kinds import amt, date, dur, pct, trap, traps

DOC = "okiroumu_h21_hokenryo_zenkoku"
# A labour-consultancy newsletter (oki-roumu.com) on 厚生労働省's 2009 figures for the 第4期 premiums: national average
# `月額4160円` (before: `4090円`, rise `70円`), the highest (青森県十和田市 `月額5770円`) and lowest (福島県檜枝岐村, 岐阜県七宗町
# `2265円`): `other`, per `month` (`月額` of the sentence reaches `2265円` and the next paragraph's `4090円`), fy null,
# traps for the levels. `4月に改定` 2009-04: the item writes no year, but `今年度から11年度までの3年間` fixes the revision in
# fiscal 2009 (NEW, arguable, as fresh19a's 総社市); the era-less two-digit `11年度` no mention. `1.7%`, `1・7%` (a middle
# dot for the point) percents; `3年ごとに`, `3年間` durations; `約2.5倍` (a multiple) and the stored `|` no mentions.
O = "other"
PREM = "a national average or an insurer's premium (基準額), a charge residents pay, no appropriation"
M = [
    pct(1, "1.7%", 1.7),
    date(2, "4月", "2009-04"),
    trap(amt(2, "4160円", 4160, role=O, per="month"), "第4期 全国平均", PREM),
    pct(2, "1.7%", 1.7),
    amt(2, "70円", 70, role=O, per="month"),
    trap(amt(2, "5770円", 5770, role=O, per="month"), "十和田市 基準額 (最高)", PREM),
    trap(amt(2, "2265円", 2265, role=O, per="month"), "檜枝岐村・七宗町 基準額 (最低)", PREM),
    trap(amt(3, "4090円", 4090, role=O, per="month"), "改定前 全国平均", PREM),
    pct(3, "1・7%", 1.7),
    dur(4, "3年", 3, "year"), dur(4, "3年間", 3, "year"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
