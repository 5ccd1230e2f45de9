from kinds import amt, cnt, date, trap, traps

DOC = "oamishirasato_r3_yosan_jitai_chiholog"
# 千葉県大網白里市議会: chiholog.net's search page for 「予算自体」 (header: the 2021-03-22 meeting). A member's debate on
# the COVID budget: いすみ市's shopping tickets `24シート、1枚1,300円` per person (another city's per-unit support:
# support, a trap); `最後の5,400万円のところ` (a line of the budget under debate whose programme the stored text does
# not name: budget, a trap) and `7月の臨時議会で出た9,300万円の予算化` (a supplementary passed at a July extraordinary
# session: supplementary_budget, no programme named: a trap). No fiscal year is written: fy null. `7月` is the last
# July (2020-07: the session of 2021-03 looks back; NEW, arguable: the GUIDE's deck-year rule would give 2021-07);
# `70歳以上` an age, `1枚` part of the rate (fresh13d's `1か月2万円`): no mentions.
B, O = "budget", "other"
U = "the programme is not named in the stored text: no row can name it"
M = [
    date(1, "2021-03-22", "2021-03-22"), date(1, "03月22日", "2021-03-22"),
    cnt(5, "24シート", 24, "シート"),
    trap(amt(5, "1,300円", 1300, role="support"), "いすみ市 買物券 1枚1,300円 (70歳以上)",
         "another city's per-unit support, not a budget"),
    trap(amt(6, "5,400万円", 54000000), "備品購入等 最後の5,400万円", U),
    date(6, "7月", "2020-07"),
    trap(amt(6, "9,300万円", 93000000, role="supplementary_budget"), "7月の臨時議会の予算化 (新型コロナ対策)", U),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
