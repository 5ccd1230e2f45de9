from kinds import amt, cnt, date, fyr, pct, trap, traps

DOC = "mhlw_r6_dai9ki_hokenryo_jmedj"
# 日本医事新報's item on 厚生労働省's 2024-05-14 release: the 第9期 premiums of the 1573 insurers (national average, the
# highest and lowest insurers, the distribution of 基準額 bands) and the plans' national projections of insured people,
# certified persons and service users. Every premium is `other`, fy null; per null (NEW, arguable: the item never writes
# 月/月額, though a 基準額 is monthly; the GUIDE takes per from the text); the levels are traps. The bands
# `「5501円以上6000円以下」` one range each (the band's two ends in one phrase). `5月14日` 2024-05-14 (the item's year is not
# written, but the release of the 2024〜26 premiums after they took effect fixes it: NEW, arguable). `2024〜26年度` one
# fiscal-year range; the two-digit `21〜23年度`, `23年度`, `24年度`, `40年度` no mentions (fresh4 / fresh10b). Counts of
# insurers (保険者) and of people in 万人; percents incl. `(23年度実績比7%増)`.
O = "other"
PREM = "a standard premium (基準額) or their average, a charge residents pay, no appropriation"
BAND = "a band of premium levels in a distribution, no appropriation"
M = [
    date(1, "5月14日", "2024-05-14"), fyr(1, "2024〜26年度", 2024, 2026),
    trap(amt(1, "6225円", 6225, role=O), "第9期 基準額 全国平均", PREM),
    trap(amt(1, "6014円", 6014, role=O), "第8期 基準額 全国平均", PREM),
    pct(1, "3.5%", 3.5),
    cnt(2, "1573", 1573, "保険者"), cnt(2, "712保険者", 712, "保険者"), pct(2, "45.3%", 45.3),
    cnt(2, "276保険者", 276, "保険者"), pct(2, "17.5%", 17.5), cnt(2, "585保険者", 585, "保険者"), pct(2, "37.2%", 37.2),
    trap(amt(2, "5501円以上6000円以下", 5501, 6000, role=O), "基準額の分布 5501~6000円", BAND),
    cnt(2, "511保険者", 511, "保険者"), pct(2, "32.5%", 32.5),
    trap(amt(2, "6001円以上6500円以下", 6001, 6500, role=O), "基準額の分布 6001~6500円", BAND),
    cnt(2, "403保険者", 403, "保険者"), pct(2, "25.6%", 25.6),
    trap(amt(2, "6501円以上7000円以下", 6501, 7000, role=O), "基準額の分布 6501~7000円", BAND),
    cnt(2, "237保険者", 237, "保険者"), pct(2, "15.1%", 15.1),
    trap(amt(2, "5001円以上5500円以下", 5001, 5500, role=O), "基準額の分布 5001~5500円", BAND),
    cnt(2, "221保険者", 221, "保険者"), pct(2, "14.0%", 14.0),
    trap(amt(3, "9249円", 9249, role=O), "大阪市 基準額", PREM),
    trap(amt(3, "8970円", 8970, role=O), "守口市 基準額", PREM),
    trap(amt(3, "8749円", 8749, role=O), "門真市 基準額", PREM),
    trap(amt(3, "3374円", 3374, role=O), "小笠原村 基準額", PREM),
    trap(amt(3, "3600円", 3600, role=O), "音威子府村 基準額", PREM),
    trap(amt(3, "3600円", 3600, role=O), "草津町 基準額", PREM),
    cnt(4, "3588万人", 35880000, "人"), cnt(4, "3603万人", 36030000, "人"), cnt(4, "3607万人", 36070000, "人"),
    cnt(4, "3608万人", 36080000, "人"), cnt(4, "695万人", 6950000, "人"), cnt(4, "705万人", 7050000, "人"),
    cnt(4, "717万人", 7170000, "人"), cnt(4, "729万人", 7290000, "人"), cnt(4, "3806万人", 38060000, "人"),
    cnt(4, "843万人", 8430000, "人"),
    cnt(5, "407万人", 4070000, "人"), pct(5, "7%", 7), cnt(5, "54万人", 540000, "人"), pct(5, "11%", 11),
    cnt(5, "108万人", 1080000, "人"), pct(5, "5%", 5), cnt(5, "465万人", 4650000, "人"), pct(5, "22%", 22),
    cnt(5, "63万人", 630000, "人"), pct(5, "28%", 28), cnt(5, "126万人", 1260000, "人"), pct(5, "22%", 22),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
