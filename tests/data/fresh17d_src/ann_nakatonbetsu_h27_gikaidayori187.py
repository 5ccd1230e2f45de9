from kinds import cnt, date, dur

DOC = "nakatonbetsu_h27_gikaidayori187"
# 北海道中頓別町議会's own newsletter (なかとんべつ町議会だより 187号, 平成27年1月26日発行), its cover and the first lines of its
# 第4回定例会 page, flattened into ONE line. The stored text stops before any figure: NO amount (the page's budget lines,
# 一般会計・自動車学校・病院会計補正予算, are named without their figures). A precision deck for the shape: the issue
# number `187` / `187号`, the page numbers `3 4 7 8` and `2`, the postcode, the address `172番地6` and the telephone
# and fax numbers are no mentions (GUIDE: names, codes, page numbers); `第4回定例会`, `第5回臨時会` ordinals; `5選`
# (a fifth term sought: an ordinal) no mention; `1.`, `2.` list numbers. `平成26年第4回定例会` names the session by its
# year: a date 2014 (fresh, fresh2: sessions named by their year are dates); `12月16日 から19日まで`: two points
# (GUIDE's XからYまで), the day `19日` in the month before it; `17日に閉会` the session's closing day (2014-12-17: the
# session ran 16-19 December; the newsletter's `17日` is as printed). `4期16年`: a count of 4 期 (terms; 期 is no
# duration unit, fresh3's `5期ぶり`) and a duration of 16 years. `基本政策の一つ`: a count of 1 つ (GUIDE: `の一つ`;
# blind audit, added: the annotator had missed it).
M = [
    date(1, "平成27年1月26日", "2015-01-26"),
    cnt(1, "6議員", 6, "議員"), cnt(1, "2件", 2, "件"), date(1, "17日", "2014-12-17"),
    date(1, "平成26年", "2014"), date(1, "12月16日", "2014-12-16"), date(1, "19日", "2014-12-19"),
    dur(1, "4日間", 4, "day"), cnt(1, "2点", 2, "点"), cnt(1, "4期", 4, "期"), dur(1, "16年", 16, "year"),
    cnt(1, "一つ", 1, "つ"),
]
ROWS: list = []
NOT_ROWS: list = []
