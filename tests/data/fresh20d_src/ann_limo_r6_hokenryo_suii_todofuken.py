from kinds import amt, dur, fyr, pct, trap, traps

DOC = "limo_r6_hokenryo_suii_todofuken"
# LIMO's explainer (Yahoo! News copy, 2024) on the first-insured premium: the national average 基準額 of each period
# `第1期(2000年度~2002年度):2911円` … `第9期(2024年度~2026年度):6225円` and the prefectures' 2024 figures from 厚生労働省's
# table. Every premium is `other` (a charge), per `month` (the title's `基準額は月額いくら?` and the list label
# `月の保険料基準額`), traps. A period's average has fy null (its label is a three-year range: fresh12b's span); the
# prefectures' figures under `【2024年度の月の保険料基準額…】` take fy 2024 from that label (GUIDE: a year in a header sets
# the fy). Each `(2000年度~2002年度)` one fiscal-year range; `2024年度` fiscal years; `3年ごとに` a duration; `3.5%`,
# the growth rates `(0.8%)` percents. Not mentions: `第1期`…`第9期`, `約2.1倍` (a multiple), `65歳以上` (an age), the
# quoted title `「第9期計画期間における…」`.
O = "other"
PREM = "a national or prefectural average premium (基準額), a charge residents pay, no appropriation"
PERIODS = [("2000年度~2002年度", 2000, "2911円", 2911), ("2003年度~2005年度", 2003, "3293円", 3293),
           ("2006年度~2008年度", 2006, "4090円", 4090), ("2009年度~2011年度", 2009, "4160円", 4160),
           ("2012年度~2014年度", 2012, "4972円", 4972), ("2015年度~2017年度", 2015, "5514円", 5514),
           ("2018年度~2020年度", 2018, "5869円", 5869), ("2021年度~2023年度", 2021, "6014円", 6014),
           ("2024年度~2026年度", 2024, "6225円", 6225)]
PREFS = [("5738円", 5738, "北海道", "0.8%", 0.8), ("6715円", 6715, "青森県", "0.6%", 0.6),
         ("6093円", 6093, "岩手県", "1.0%", 1.0), ("6098円", 6098, "宮城県", "2.7%", 2.7)]
M = [
    fyr(2, "2024年度", 2024), pct(2, "3.5%", 3.5),
    dur(3, "3年", 3, "year"), fyr(3, "2024年度", 2024), pct(3, "3.5%", 3.5),
]
for rng, y, text, v in PERIODS:
    M += [fyr(3, rng, y, y + 2),
          trap(amt(3, text, v, role=O, per="month"), f"全国平均基準額 ({rng})", PREM)]
M += [fyr(3, "2024年度", 2024), fyr(4, "2024年度", 2024), fyr(5, "2024年度", 2024), fyr(5, "2024年度", 2024)]
for text, v, pref, ptext, p in PREFS:
    M += [trap(amt(5, text, v, role=O, per="month", fy=2024), f"{pref} 2024年度 保険料基準額", PREM), pct(5, ptext, p)]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
