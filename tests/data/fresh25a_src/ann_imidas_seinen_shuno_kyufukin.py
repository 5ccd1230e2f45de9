from kinds import amt, dur, fyr, trap, traps

DOC = "imidas_seinen_shuno_kyufukin"
# imidas' entry on 農林水産省's 青年就農給付金 (one programme, 2012): `12年度の予算枠は総額104億円` the programme's budget,
# budget FY2012 (the era-less `12年度`, no mention, takes its century from `2012年度` before it: fresh4 / fresh10b), a row.
# `年間150万円を給付` support per year, fy null (the scheme's standing term; `2012年度から新設` is the next sentence),
# `年間所得が250万円以上` an income threshold `other`, at_least (fresh24d's thresholds): traps. `2012年度から` a point.
# Durations: `2年以内`, `最長5年`, `1年以内`, `5年以内` at_most; `おおむね1年以上` approx + at_least; `年間1200時間以上` at_least
# (hours stay hours); `最低2年間` at_least (GUIDE's `最低`). Ages (`45歳未満`), the ratio `1.5倍` and the two-digit
# `08年4月` (GUIDE: a year without era or four digits) are no mentions.
# The stored text holds the entry's body only, not its heading `青年就農給付金`: the text's own phrase for the scheme
# is an alias, so a name taken from the text can pass the NAME RULE (audit, as fresh24a's NHK rows).
M = [
    trap(amt(1, "150万円", 1500000, role="support", per="year"), "年間150万円を給付", "a grant per person and year"),
    fyr(1, "2012年度", 2012), amt(1, "104億円", 10400000000, fy=2012),
    dur(1, "2年", None, "year", 2, q=("at_most",)), dur(1, "5年", None, "year", 5, q=("at_most",)),
    dur(1, "1年", 1, "year", None, q=("approx", "at_least")), dur(1, "1200時間", 1200, "hour", None, q=("at_least",)),
    dur(1, "1年", None, "year", 1, q=("at_most",)), dur(1, "2年間", 2, "year", None, q=("at_least",)),
    dur(1, "5年", None, "year", 5, q=("at_most",)),
    trap(amt(1, "250万円", 2500000, None, role="other", q=("at_least",)), "年間所得が250万円以上",
         "an income threshold ending the grant"),
]
ROWS = [
    dict(line=1, text="104億円", budget_yen=10400000000, fy=2012, program="青年就農給付金", role="budget",
         aliases=["年間150万円を給付する政府の支援制度"], ministry="農林水産省", why="`12年度の予算枠は総額104億円` of the programme (the century from `2012年度`)"),
]
NOT_ROWS = traps(M)
