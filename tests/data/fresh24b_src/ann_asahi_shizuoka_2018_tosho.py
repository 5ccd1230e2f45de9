from kinds import amt, cnt, date, pct, trap, traps

DOC = "asahi_shizuoka_2018_tosho"
# 静岡県's 新年度 (FY2018) 一般会計当初予算案 (川勝平太知事, 静岡・浜松両指定市) in a newspaper: the page writes no year, so every
# amount keeps fy null (GUIDE: a slide that names no year; fresh6a 木祖村). 一般会計, the all-accounts total and the new
# 国民健康保険事業 特別会計 `budget`, traps (account totals); `2兆円の大台` a threshold (`other`, a trap); 県税収入の増,
# 義務的経費, 公債費 `other` (a change, splits by kind), traps. No work with a figure: no rows. `13日` the report's day
# (2018-02-13, arguable: from the FY, the page writes no month). The paywall line's `980円` `other`, per `month` (`月300本`),
# a trap; `300本` null..300 本, at_most (`まで`).
B, O = "budget", "other"
M = [
    date(2, "13日", "2018-02-13"),
    trap(amt(2, "1兆1872億円", 1187200000000, role=B), "一般会計", "account total"),
    pct(2, "1・5%", 1.5), pct(2, "0・5%", 0.5),
    trap(amt(2, "260億円", 26000000000, role=O), "県税収入の増", "change of a revenue"),
    trap(amt(3, "2兆737億9300万円", 2073793000000, role=B), "特別会計、企業会計を合わせた総額", "all-accounts total"),
    pct(3, "19・1%", 19.1),
    trap(amt(3, "2兆円", 2000000000000, role=O), "2兆円の大台", "a threshold passed, not this year's figure"),
    trap(amt(3, "3309億円", 330900000000, role=B), "国民健康保険事業の特別会計", "account total"),
    pct(4, "0・9%", 0.9),
    trap(amt(4, "6111億3300万円", 611133000000, role=O), "義務的経費", "split by kind of expense"),
    trap(amt(4, "1857億6400万円", 185764000000, role=O), "公債費", "split by kind of expense"),
    pct(4, "0・7%", 0.7),
    trap(amt(6, "980円", 980, role=O, per="month"), "有料記事の料金", "a subscription price"),
    cnt(6, "300本", None, "本", 300, q=("at_most",)),
]
ROWS: list[dict[str, object]] = []
NOT_ROWS = traps(M)
