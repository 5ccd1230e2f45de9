from kinds import amt, date, dur, fyr, pct, trap, traps

DOC = "sennen_r6_dai9ki_hokenryo_chiikisa"
# A welfare information site's explainer (fukusi.sennen-kokoroe.jp) on the 第9期 premiums and their regional gaps: the
# national average `月額6225円`, the highest and lowest prefectures (大阪府 `月額7486円`, 山口県 `月額5568円`) and insurers
# (大阪市 `月額9249円`, 東京都小笠原村 `月額3374円`): `other`, per `month`, fy null (the plan's span), traps. The plan's
# period `令和6年度から令和8年度まで` two fiscal years and `2024年4月1日から2027年3月31日まで` two dates (GUIDE: the two
# ends of XからYまで); `2025年` (twice) dates, `平成12年4月` a date 2000-04; `3年間`, `3年ごとに` durations; `2024年度` a
# fiscal year; `3.5パーセント` a percent. Not mentions: `2025年問題` (a named issue, as GUIDE's `「２０２５年の崖」`),
# `約1.34倍`, `約2.74倍` (multiples), `75歳以上` (ages).
O = "other"
PREM = "a national, prefectural or insurer's premium (基準額), a charge residents pay, no appropriation"
M = [
    date(1, "2025年", "2025"),
    trap(amt(1, "6225円", 6225, role=O, per="month"), "第9期 全国平均", PREM),
    pct(1, "3.5パーセント", 3.5),
    date(1, "2025年", "2025"),
    trap(amt(1, "7486円", 7486, role=O, per="month"), "大阪府 平均 (最高)", PREM),
    trap(amt(1, "5568円", 5568, role=O, per="month"), "山口県 平均 (最低)", PREM),
    trap(amt(1, "9249円", 9249, role=O, per="month"), "大阪市 基準額", PREM),
    trap(amt(1, "3374円", 3374, role=O, per="month"), "小笠原村 基準額", PREM),
    fyr(3, "令和6年度", 2024), fyr(3, "令和8年度", 2026), dur(3, "3年間", 3, "year"),
    date(3, "2024年4月1日", "2024-04-01"), date(3, "2027年3月31日", "2027-03-31"),
    date(3, "平成12年4月", "2000-04"), dur(3, "3年", 3, "year"), fyr(3, "2024年度", 2024),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
