from kinds import amt, date, dur

DOC = "sports_2019_gaisan_nhk"
# スポーツ庁's request as NHK's weekly digest reports it: `来年度予算案の概算要求` and NO fiscal year written (the
# `2年後の東京オリンピック` and `2020年の東京大会` only imply FY2019): fy null on every amount (fresh4's 復興庁,
# fresh6b's 宮内庁), rows `fy_alt: [2019]`. A request is budget. `余り` / `余` read as at_least (fresh6b), `およそ`
# approx. The total (heading and body, three times) is a trap; `今年度予算より121億円余り多く` a change; the measures
# `name に/として N円` rows. `2年後` a duration, `2020年` a date. `JOC` no mention.
B, O = "budget", "other"
M = [
    amt(1, "461億円", 46100000000, None, fy=None, q=("at_least",)),
    dur(3, "2年後", 2, "year"), amt(3, "461億円", 46100000000, None, fy=None, q=("at_least",)),
    amt(3, "121億円", 12100000000, None, role=O, fy=None, q=("at_least",)),
    amt(3, "461億5000万円", 46150000000, None, fy=None, q=("at_least",)),
    date(4, "2020年", "2020"), amt(4, "110億円", 11000000000), amt(4, "86億円", 8600000000, q=("approx",)),
    amt(4, "3億円", 300000000, None, q=("at_least",)),
    amt(5, "5000万円", 50000000), amt(5, "2億円", 200000000, None, q=("at_least",)),
    amt(6, "3000万円", 30000000),
]
W = "a measure with its own figure in スポーツ庁's 来年度予算案の概算要求 (no year written)"
ROWS = [
    dict(line=4, text="110億円", budget_yen=11000000000, fy=None, fy_alt=[2019], program="競技力の強化", aliases=["競技力向上事業"],
         role=B, why=W),
    dict(line=4, text="86億円", budget_yen=8600000000, fy=None, fy_alt=[2019], program="ナショナルトレーニングセンターの拡充",
         role=B, why=W, note="およそ"),
    dict(line=4, text="3億円", budget_yen=300000000, fy=None, fy_alt=[2019], program="ドーピング検査の人材確保や新たな技術開発",
         aliases=["ドーピング防止"], role=B, why=W, note="3億円余り: at_least"),
    dict(line=5, text="5000万円", budget_yen=50000000, fy=None, fy_alt=[2019], program="スポーツ界のコンプライアンスの徹底",
         aliases=["コンプライアンスの徹底", "パワーハラスメント等のアンケート調査"], role=B, why=W, ambiguous=True,
         note="the measure is described, not named"),
    dict(line=5, text="2億円", budget_yen=200000000, fy=None, fy_alt=[2019], program="大学スポーツを統括する新たな組織の充実",
         role=B, why=W, note="2億円余り: at_least"),
    dict(line=6, text="3000万円", budget_yen=30000000, fy=None, fy_alt=[2019],
         program="障害者スポーツ用具のレンタル・共有事業の立ち上げ支援",
         aliases=["障害者スポーツの普及"], role=B, why=W, ambiguous=True, note="the measure is described, not named"),
]
NOT_ROWS = [
    dict(line=1, text="461億円", value_yen=46100000000, fy=None, mention_role=B, what="(過)去最大の461億円余 (heading)",
         reason="the agency's request total"),
    dict(line=3, text="461億円", value_yen=46100000000, fy=None, mention_role=B, what="概算要求 461億円余り",
         reason="the agency's request total"),
    dict(line=3, text="121億円", value_yen=12100000000, fy=None, mention_role=O, what="今年度予算より121億円余り多く",
         reason="change of the total"),
    dict(line=3, text="461億5000万円", value_yen=46150000000, fy=None, mention_role=B, what="概算要求 461億5000万円余り",
         reason="the agency's request total"),
]
