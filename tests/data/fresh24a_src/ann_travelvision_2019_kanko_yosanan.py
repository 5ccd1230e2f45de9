from kinds import amt, date, fyr, pct

DOC = "travelvision_2019_kanko_yosanan"
# 観光庁's 2019年度予算案 as トラベルビジョン reports it: every figure is an account or agency total, so the deck has
# NO row (NEW for this shape: a totals-only report). The agency total (`711億円` headline, `711億600万円`), the general
# account `665億9600万円` and the 復興枠 `45億1000万円` (account shares, as fresh8a's 警察庁 accounts), the earlier
# request's `785億3300万円` and `45億6500万円` (the same year's request, budget FY2019, fresh8a's 観光庁 2010) are
# `budget` traps; the 出国税 revenue `歳入485億円` is `other` (a revenue, fresh8a), a trap. `2.2倍`, `2.21倍`, `2.42倍`,
# `2.45倍`, `20倍増` ratios (no mentions); `1%減` a percent; `19年度`, `18年度` era-less (no mentions; the headline's
# figure takes FY2019 from `2019年度予算案`); `12月21日` 2018-12-21, `来年1月7日` 2019-01-07; the cut `3...` a bare number.
B, FY = "budget", 2019
M = [
    amt(1, "711億円", 71100000000, fy=FY),
    date(2, "12月21日", "2018-12-21"), fyr(2, "2019年度", FY), amt(2, "711億600万円", 71106000000, fy=FY),
    date(2, "1月7日", "2019-01-07"), amt(2, "485億円", 48500000000, role="other", fy=FY),
    amt(2, "665億9600万円", 66596000000, fy=FY), pct(2, "1%", 1), amt(2, "45億1000万円", 4510000000, fy=FY),
    amt(2, "785億3300万円", 78533000000, fy=FY), amt(2, "45億6500万円", 4565000000, fy=FY),
]
ROWS: list[dict] = []
NOT_ROWS = [
    dict(line=1, text="711億円", value_yen=71100000000, fy=FY, mention_role=B, what="19年度予算 (headline)",
         reason="the agency's budget total, rounded in the headline"),
    dict(line=2, text="711億600万円", value_yen=71106000000, fy=FY, mention_role=B, what="観光庁関係予算",
         reason="the agency's budget total"),
    dict(line=2, text="485億円", value_yen=48500000000, fy=FY, mention_role="other", what="国際観光旅客税による歳入",
         reason="a revenue inside the general account figure"),
    dict(line=2, text="665億9600万円", value_yen=66596000000, fy=FY, mention_role=B, what="一般会計分",
         reason="the agency's general-account total"),
    dict(line=2, text="45億1000万円", value_yen=4510000000, fy=FY, mention_role=B, what="復興枠",
         reason="the agency's 復興 account share"),
    dict(line=2, text="785億3300万円", value_yen=78533000000, fy=FY, mention_role=B, what="概算要求の一般会計分",
         reason="the agency's earlier request total for the same year"),
    dict(line=2, text="45億6500万円", value_yen=4565000000, fy=FY, mention_role=B, what="概算要求の復興枠",
         reason="the agency's earlier request of its 復興 share"),
]
