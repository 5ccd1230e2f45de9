from kinds import amt, date, dur, fyr, traps

DOC = "wicnet_r6_giga_hosei"
# 文部科学省's own PR page of ONE programme (GIGAスクール構想の推進) in its 令和6年度補正予算(案) 事業別資料集, as wic-net.com
# prints one PDF page a web page. The column labels `令和6年度補正予算額(案)` / `令和5年度補正予算額` over `234億円` /
# `2,661億円`: supplementary_budget of each label's year (fresh24a's `<R7補正:N億円>`: a programme's figure in an earlier
# supplementary is a second row of it, supplementary_budget of that year). No `draft` on `234億円` (NEW, arguable: the
# `(案)` sits in the column label three lines above, not next to the figure; GUIDE: only qualifiers written next to it);
# `予算額(案)206億円` draft (the `(案)` next to it, as mext_intl's `予算額（案）11億円`), supplementary_budget FY2024 under
# the page's 令和6年度補正 labels: the scheme's part for public schools, a child row (parent and child both rows,
# fresh8a). `(11/29)` in the source line a date 2024-11-29 (fresh10b's `(12/24)`); `令和元年度及び2年度` two fiscal
# years, the era carried over `及び` (fresh23c / fresh24d: the era or century of the first end carries); `1人1台端末`
# (also cut `<1人1`) a name (earlier sets); `第2期`, `第1期` ordinals; `(57 ページ)` a page reference; `5年程度` approx.
S, FY, PY = "supplementary_budget", 2024, 2023
M = [
    fyr(4, "令和6年度", FY),
    fyr(6, "令和6年度", FY), date(6, "11/29", "2024-11-29"),
    fyr(12, "令和6年度", FY),
    fyr(13, "令和5年度", PY),
    amt(15, "234億円", 23400000000, role=S, fy=FY),
    amt(16, "2,661億円", 266100000000, role=S, fy=PY),
    fyr(17, "令和元年度", 2019), fyr(17, "2年度", 2020),
    dur(19, "5年", 5, "year", q=("approx",)),
    fyr(21, "令和6年度", FY),
    amt(24, "206億円", 20600000000, role=S, fy=FY, q=("draft",)),
    dur(25, "5年間", 5, "year"), dur(25, "5年間", 5, "year"),
]
ROWS = [
    dict(line=15, text="234億円", budget_yen=23400000000, fy=FY, program="GIGAスクール構想の推進", role=S,
         ministry="文部科学省", aliases=["1人1台端末の着実な更新"],
         why="the page's programme under `令和6年度補正予算額(案)` in 文部科学省's 事業別資料集"),
    dict(line=16, text="2,661億円", budget_yen=266100000000, fy=PY, program="GIGAスクール構想の推進", role=S,
         ministry="文部科学省",
         why="the same programme's figure under `令和5年度補正予算額` (fresh24a: a part in an earlier supplementary is a second row)"),
    dict(line=24, text="206億円", budget_yen=20600000000, fy=FY, program="公立学校の端末整備", role=S,
         ministry="文部科学省", why="`事業内容・スキーム` item `公立学校の端末整備` / `予算額(案)206億円` (a child of the 234億円)"),
]
NOT_ROWS = traps(M)
