from kinds import amt, cnt, date, fyr, trap, traps

DOC = "inami_h29_jumin_kansa_agara"
# 紀伊民報's report (via Yahoo!ニュース, 2017-06-29) of 和歌山県印南町's 監査委員 rejecting a resident's
# audit request, and of the suit that followed: the resident's three claims on the `2015年度の補助金` to
# 印南町産業振興協議会 and the 監査委員's answers, the amounts repeated in both parts. `交付額100万円`: `support`
# FY2015 (a grant to one body); `補助金65万円` (the body's grants to four groups) and its repeat `65万円の
# 支出`: `support` FY2015 (grants paid on to recipients, as fresh11c 上尾市's `18団体に合計168万円を助成`;
# blind audit, was `other`); `未使用額8万2651円`, `不足額は5万8589円` and their repeats in the answers:
# `other` FY2015 (`15年度の補助金` labels the claims;
# a year without era is no mention but sets fy, fresh11b); `翌年度の交付額から10万円を減らす`: `other`
# FY2016 (the year after 15年度). All traps. `6/29(木) 17:01配信`: `6/29` a date in a dateline (2017:
# the page's address and the weekday), `17:01` a clock time; `(61)` an age; `14団体`, `4団体` counts;
# `判断基準の一つ` a count of 1 つ (GUIDE).
S, O = "support", "other"
t = trap
Q = "a sum questioned in a resident's audit request: no budget"
G = "grants paid on to four groups, questioned in a resident's audit request (support): no budget of a programme"
M = [
    date(3, "6/29", "2017-06-29"),
    fyr(5, "2015年度", 2015),
    cnt(6, "14団体", 14, "団体"),
    t(amt(6, "100万円", 1000000, role=S, fy=2015), "町産業振興協議会への15年度の補助金 交付額",
      "a grant paid to one body (support): no budget of the programme"),
    t(amt(6, "8万2651円", 82651, role=O, fy=2015), "未使用額", Q),
    cnt(6, "4団体", 4, "団体"),
    t(amt(6, "65万円", 650000, role=S, fy=2015), "関連する4団体への補助金 (協議会の計上)", G),
    t(amt(6, "5万8589円", 58589, role=O, fy=2015), "不足額", Q),
    t(amt(7, "10万円", 100000, role=O, fy=2016), "翌年度の交付額から減らした額", "a reduction of the next grant"),
    cnt(7, "一つ", 1, "つ"),
    t(amt(7, "65万円", 650000, role=S, fy=2015), "関連団体への補助金 (監査委員の判断)", G),
    t(amt(7, "5万8589円", 58589, role=O, fy=2015), "不足額 (監査委員の判断)", Q),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
