from kinds import amt, date, pct, trap, traps

DOC = "toyota_h28_hojin_shiminzei_jcp"
# 愛知県豊田市: its 日本共産党市議団's news (2016-03-24) from the 3月議会's budget deliberation on the cut of the 法人税 rate and
# its effect on the city's 法人市民税: `26億円` the revenue lost (the headline and line 4), `75億円` the revenue the city
# would gain by the highest 超過課税 rate (headline and line 6). Revenue effects of a tax change: `other` (fresh16b's
# `440億円もの税収減` a revenue change), traps. fy: `26億円` 2016 (the 減税 falls in the `新年度` of a page dated 16.03.24,
# fresh17a's 香川県 fixed by the deck's date; NEW, arguable: null), `75億円` null (a counterfactual of no year). `16.03.24`
# no mention (audit: a two-digit year without an era, GUIDE; fresh11a's `22.9.30`), but it fixes the year (as
# two-digit years do in earlier sets); `3月議会` a month of that year, 2016-03. Rates `25.5%`,
# `23.9%`, `9.7%`, `12.1%まで` (上限, at_most), `86%` percents.
O = "other"
CUT = "a revenue effect of a tax cut, not a budget"
GAIN = "a counterfactual revenue gain, not a budget"
M = [
    date(2, "3月", "2016-03"),
    trap(amt(3, "26億円", 2600000000, role=O, fy=2016), "法人市民税 減税による減収 (見出し)", CUT),
    trap(amt(3, "75億円", 7500000000, role=O), "超過課税した場合の増収 (見出し)", GAIN),
    pct(4, "25.5%", 25.5), pct(4, "23.9%", 23.9),
    trap(amt(4, "26億円", 2600000000, role=O, fy=2016), "法人市民税 減収の影響額", CUT),
    pct(5, "9.7%", 9.7), pct(5, "12.1%", None, 12.1, q=("at_most",)), pct(5, "86%", 86),
    trap(amt(6, "75億円", 7500000000, role=O), "上限まで超過課税した場合の増収", GAIN),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
