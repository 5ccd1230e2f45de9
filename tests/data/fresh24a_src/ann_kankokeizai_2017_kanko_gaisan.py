from kinds import amt, cnt, date, fyr, pct

DOC = "kankokeizai_2017_kanko_gaisan"
# 観光庁's 2017年度 概算要求 as 観光経済新聞 reports it (a request is the budget of the requested year: budget FY2017,
# fresh8a's 観光庁 2015). The general-account total `316億2800万円`, the 復興特別会計 share `57億3500万円` (an account's
# share, as fresh8a's 復興庁所管分; arguable: it could be read as one programme, 東北の観光復興) and their sum are traps;
# `300億円を超えた` restates the total as a bound (at_least, a trap); the `100億円前後` of 10年度以降 budgets (approx, a
# past level, fy null) and `16年度当初予算` `200億円` (previous_budget FY2016: the era-less 16年度 is fixed by the written
# 2017年度 beside it, fresh4) are traps. The programmes of the three pillars (`…事業155億円`, `VJ事業が同42%増の100億円`,
# `地方連携VJ事業が…15億円`, `人材育成事業には3億9100万円`) are rows. `3本柱` a count 3 本 (fresh23a's `2本の事業`);
# `4千万人` a count (a visitor target); `20年に` / `16年度` / `10年度` era-less years (no mentions); `(1)`…`(3)` list
# numbers; `8月29日` dated 2016 (a request is made the August before its year), `今年3月` 2016-03.
B, FY = "budget", 2017
M = [
    date(1, "8月29日", "2016-08-29"), fyr(1, "2017年度", FY), pct(1, "58%", 58),
    amt(1, "316億2800万円", 31628000000, fy=FY), amt(1, "57億3500万円", 5735000000, fy=FY), pct(1, "52%", 52),
    amt(1, "373億6300万円", 37363000000, fy=FY), cnt(1, "4千万人", 40000000, "人"),
    amt(2, "300億円", 30000000000, None, fy=FY, q=("at_least",)), amt(2, "100億円", 10000000000, fy=None, q=("approx",)),
    amt(2, "200億円", 20000000000, role="previous_budget", fy=2016),
    date(3, "3月", "2016-03"), cnt(3, "3本", 3, "本"),
    amt(4, "155億円", 15500000000, fy=FY),
    pct(5, "42%", 42), amt(5, "100億円", 10000000000, fy=FY), pct(5, "20%", 20), amt(5, "15億円", 1500000000, fy=FY),
    amt(5, "3億9100万円", 391000000, fy=FY),
]
W = "a programme with its requested figure under a pillar of 観光庁's 2017年度 概算要求"
ROWS = [
    dict(line=4, text="155億円", budget_yen=15500000000, fy=FY, program="訪日外国人旅行者受け入れ基盤整備・加速化事業",
         role=B, ministry="観光庁", why=W),
    dict(line=5, text="100億円", budget_yen=10000000000, fy=FY, program="ビジット・ジャパン(VJ、訪日旅行促進)事業",
         aliases=["ビジット・ジャパン事業", "VJ事業", "訪日旅行促進事業"], role=B, ministry="観光庁", why=W),
    dict(line=5, text="15億円", budget_yen=1500000000, fy=FY, program="地方連携VJ事業", role=B, ministry="観光庁", why=W),
    dict(line=5, text="3億9100万円", budget_yen=391000000, fy=FY, program="人材育成事業", role=B, ministry="観光庁", why=W),
]
NOT_ROWS = [
    dict(line=1, text="316億2800万円", value_yen=31628000000, fy=FY, mention_role=B, what="2017年度当初予算の概算要求額",
         reason="the agency's request total (general account)"),
    dict(line=1, text="57億3500万円", value_yen=5735000000, fy=FY, mention_role=B, what="東北の観光復興予算の要求額",
         reason="the agency's share in the 復興特別会計 (an account's share)"),
    dict(line=1, text="373億6300万円", value_yen=37363000000, fy=FY, mention_role=B, what="復興予算を合わせた要求額",
         reason="the agency's request total with the 復興 share"),
    dict(line=2, text="300億円", value_yen=30000000000, fy=FY, mention_role=B, what="一般会計部分だけで300億円を超えた",
         reason="the total restated as a bound"),
    dict(line=2, text="100億円", value_yen=10000000000, fy=None, mention_role=B, what="10年度以降の観光庁当初予算の規模",
         reason="a past level of the agency's total"),
    dict(line=2, text="200億円", value_yen=20000000000, fy=2016, mention_role="previous_budget", what="16年度当初予算",
         reason="the agency's previous-year total"),
]
