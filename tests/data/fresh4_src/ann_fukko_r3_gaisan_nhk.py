from kinds import amt, date, dur

DOC = "fukko_r3_gaisan_nhk"
# 復興庁 来年度の概算要求 (NHK): the text names no year at all (`来年度`, `今年度`, `来年3月末`): fy null on every
# amount (GUIDE), rows `fy_alt: [2021]` (the request for FY2021 published in autumn 2020, when the 復興・創生期間
# ended in March 2021). The request total is budget (a request is the budget of the requested year; `約`/`およそ`
# approx); its decrease (`1兆円余り`: 余り → at_least; `1兆650億円`) other; the theme figure `原発事故の被災地の
# 復興・再生に4665億円` a row marked ambiguous (a theme, not one programme). `来年3月末` → 2021-03 (末 dropped, the
# anchor word out of `text`); `5年間` a duration; `第2期` a name.
B, O = "budget", "other"
M = [
    amt(2, "6330億円", 633000000000, q=("approx",)),
    date(4, "3月", "2021-03"),
    amt(4, "1兆円", 1000000000000, None, role=O, q=("at_least",)),
    amt(4, "6330億円", 633000000000, q=("approx",)),
    amt(8, "6331億円", 633100000000),
    amt(8, "1兆650億円", 1065000000000, role=O),
    date(10, "3月", "2021-03"),
    dur(12, "5年間", 5, "year"),
    amt(12, "4665億円", 466500000000),
]
ROWS = [
    dict(line=12, text="4665億円", budget_yen=466500000000, fy=None, fy_alt=[2021],
         program="原発事故の被災地の復興・再生", aliases=["原子力災害からの復興・再生"], role=B, ambiguous=True,
         note="a theme of the request, not one programme", why="`…に N億円を計上` in the 来年度 概算要求"),
]
NOT_ROWS = [
    dict(line=2, text="6330億円", value_yen=633000000000, fy=None, mention_role=B, what="概算要求 (headline)",
         reason="request total"),
    dict(line=4, text="1兆円", value_yen=1000000000000, fy=None, mention_role=O, what="今年度より1兆円余り少ない",
         reason="change of the total"),
    dict(line=4, text="6330億円", value_yen=633000000000, fy=None, mention_role=B, what="概算要求", reason="request total"),
    dict(line=8, text="6331億円", value_yen=633100000000, fy=None, mention_role=B, what="概算要求の総額",
         reason="request total"),
    dict(line=8, text="1兆650億円", value_yen=1065000000000, fy=None, mention_role=O, what="今年度の要求額より少ない",
         reason="change of the total"),
]
