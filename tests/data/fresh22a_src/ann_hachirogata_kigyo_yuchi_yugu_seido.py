from kinds import amt, cnt, dur, trap, traps

DOC = "hachirogata_kigyo_yuchi_yugu_seido"
# 秋田県八郎潟町's 企業誘致優遇制度 page: five 助成事業 in prose, no year anywhere (every amount fy null). The cap formula
# `(その総額がN円を超える場合は、N円とします。)` (NEW): the first N is written with `超える` → `support`, N..null, at_least (the
# GUIDE's `超`); the second N is the cap → `support`, null..N, at_most (the sentence states a ceiling; as the GUIDE's caps).
# `年間助成の上限を50万円` a cap per year (`support`, at_most, per `year`); `20万円を乗じて得た額` the grant per employee
# (`support`); the applicant's threshold `投下固定資産の取得価格が700万円を超え` `support`, at_least (dev10c). Durations
# `5年間` (three times), `1年間`; `常時従業員の数が5人を超える` a count, at_least. `2分の1`, `第66条`, `第44条` no mentions.
S = "support"
AM, AL = ("at_most",), ("at_least",)
M = [
    dur(5, "5年間", 5, "year"),
    trap(amt(6, "500万円", 5000000, None, role=S, q=AL), "事業所施設設置助成 総額 (条件)", "the cap clause's condition"),
    amt(6, "500万円", None, 5000000, role=S, q=AM),
    trap(amt(7, "50万円", None, 500000, role=S, q=AM, per="year"), "賃貸物件 年間助成の上限", "a cap per year"),
    dur(7, "5年間", 5, "year"),
    trap(amt(10, "20万円", 200000, role=S), "雇用助成 常時従業員1人", "a grant per employee"),
    dur(11, "1年間", 1, "year"),
    trap(amt(11, "200万円", 2000000, None, role=S, q=AL), "雇用助成 総額 (条件)", "the cap clause's condition"),
    amt(11, "200万円", None, 2000000, role=S, q=AM),
    trap(amt(14, "100万円", 1000000, None, role=S, q=AL), "利子補給 総額 (条件)", "the cap clause's condition"),
    amt(14, "100万円", None, 1000000, role=S, q=AM),
    dur(19, "5年間", 5, "year"),
    trap(amt(22, "700万円", 7000000, None, role=S, q=AL), "新設 投下固定資産 要件", "an investment threshold"),
    cnt(23, "5人", 5, "人", None, q=AL),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
