from kinds import amt, cnt, dur, pct, trap, traps

DOC = "nankan_hojokin_norin_shoko"
# 熊本県南関町's list of grants for agriculture, forestry and commerce (`事業名/説明 | 対象者 | 補助金額 | 申請限度等 | 担当課`).
# `就職激励金 … 5万円` a grant per person (`support`, fy null); `1回限り` a count of 1 `回` (fresh22a's `1回`);
# `新卒1年以内` and `3カ月以内` durations at_most. `1月1日以降に採用された場合は、3月31日までに申請` is a rule of every year
# (recurring): no dates. `過去3年間` a duration; `低落分の8割` a percent (80). `定額` rows carry no figure. The phone
# number no mention.
S = "support"
AM = ("at_most",)
M = [
    dur(6, "1年", None, "year", 1, q=AM),
    trap(amt(6, "5万円", 50000, role=S), "就職激励金", "a grant per person"),
    cnt(6, "1回", 1, "回"),
    dur(6, "3カ月", None, "month", 3, q=AM),
    dur(12, "3年間", 3, "year"),
    pct(12, "8割", 80),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
