from kinds import amt, cnt, date, trap, traps

DOC = "oita_pref_2020_gouu_higai_mainichi"
# 毎日新聞's 大分版 (address `ddl/k44`, 2020-08-05) on 大分県's damage count after the July 2020 rains. Every amount is a
# damage figure: `other`, fy null (damage has no fiscal year; NEW for this shape), traps; `約500億円` (2012's) approx.
# Days take the article's year and month: `4日` 2020-08-04, `3日` 2020-08-03 (`午後3時` a clock time), `7月20日`
# 2020-07-20; `2012年` a date. `Nカ所` counts (か所); the paywall's `291文字`, `652文字` counts of characters (NEW,
# arguable: a reader could call the site's chrome no mention). `ほぼ倍増` no mention.
O = "other"
R = "a damage figure, not a budget"
M = [
    date(7, "4日", "2020-08-04"),
    trap(amt(7, "466億3800万円", 46638000000, role=O), "九州豪雨 被害総額", R),
    date(7, "3日", "2020-08-03"), date(7, "2012年", "2012"),
    trap(amt(7, "500億円", 50000000000, role=O, q=("approx",)), "2012年九州北部豪雨 被害額", R),
    cnt(8, "5126カ所", 5126, "か所"),
    trap(amt(8, "127億6300万円", 12763000000, role=O), "農林水産関係 被害額", R),
    cnt(8, "4327カ所", 4327, "か所"),
    trap(amt(8, "95億1700万円", 9517000000, role=O), "農地・農業用施設 被害額", R),
    date(8, "7月20日", "2020-07-20"), cnt(8, "2382カ所", 2382, "か所"),
    trap(amt(8, "25億3500万円", 2535000000, role=O), "農地・農業用施設 被害額 (前回 7月20日時点)", R),
    cnt(9, "1939カ所", 1939, "か所"),
    trap(amt(9, "126億4100万円", 12641000000, role=O), "道路被害額", R),
    cnt(9, "1192カ所", 1192, "か所"),
    trap(amt(9, "117億3600万円", 11736000000, role=O), "道路被害額 (前回)", R),
    cnt(9, "901カ所", 901, "か所"),
    trap(amt(9, "167億1900万円", 16719000000, role=O), "河川被害額", R),
    cnt(9, "408カ所", 408, "か所"),
    trap(amt(9, "85億8600万円", 8586000000, role=O), "河川被害額 (前回)", R),
    cnt(11, "291文字", 291, "文字"), cnt(11, "652文字", 652, "文字"),
]
ROWS: list = []
NOT_ROWS = traps(M)
