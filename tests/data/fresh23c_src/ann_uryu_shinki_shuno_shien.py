from kinds import amt, dur, pct, trap, traps

DOC = "uryu_shinki_shuno_shien"
# 北海道雨竜町's page on its support for new farmers (研修手当, 住宅料補助, 賃借料補助, 利子補給, 営農資金). Every amount is a
# term of a scheme (what one farmer may receive): `support`, fy null (no year on the page). `月額10万円以内` and `月額15,000円を
# 限度` caps per month (per `month`, at_most, min null; fresh12b's `(月額) N円以内`); the national `準備型150万円` a per-recipient
# grant (`support`, per null: the page writes no `年間`); `借入限度額3,000万円以内` a per-borrower loan ceiling (`support`,
# at_most: docs/judgement_calls.md's loan ceiling); `営農資金 150万円` a one-off grant. Durations: `2年間を限度`, `最大3年間`,
# `最大10年間`, `最大12年間` at_most; `2年間`, `5年間`, `3年を経過` plain. `1%` a percent (the interest subsidised). List
# numbers `1`…`5` and fractions `2分の1` no mentions.
S = "support"
AM = ("at_most",)
M = [
    trap(amt(4, "10万円", None, 100000, role=S, q=AM, per="month"), "研修手当 月額", "a monthly allowance's cap per trainee"),
    dur(4, "2年間", None, "year", 2, q=AM),
    trap(amt(5, "150万円", 1500000, role=S), "農業次世代投資資金(準備型)", "a national grant per recipient"),
    dur(5, "2年間", 2, "year"),
    trap(amt(9, "15,000円", None, 15000, role=S, q=AM, per="month"), "住宅料補助金 研修者 月額限度", "a monthly cap of a rent subsidy"),
    dur(9, "3年間", None, "year", 3, q=AM),
    dur(13, "2年間", 2, "year"),
    dur(16, "10年間", None, "year", 10, q=AM),
    dur(18, "5年間", 5, "year"),
    pct(20, "1%", 1),
    dur(20, "12年間", None, "year", 12, q=AM),
    trap(amt(21, "3,000万円", None, 30000000, role=S, q=AM), "利子補給 借入限度額", "a loan ceiling per borrower"),
    trap(amt(24, "15,000円", None, 15000, role=S, q=AM, per="month"), "住宅料補助金 就農後 月額限度", "a monthly cap of a rent subsidy"),
    dur(24, "3年間", None, "year", 3, q=AM),
    dur(26, "3年", 3, "year"),
    trap(amt(26, "150万円", 1500000, role=S), "営農資金", "a one-off grant per farmer"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
