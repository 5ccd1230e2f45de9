from kinds import amt

DOC = "kodomo_r7_hosei_livedoor"
# こども家庭庁's `今年度の補正予算案` (a news item as livedoor carries it; the aggregator's date was trimmed, as
# fresh6c did): supplementary_budget, fy null (no year in the text), rows `fy_alt: [2025]`. The agency's total
# `6479億円` and the measures' sum `そのための費用など3724億円` are traps; the per-child grant `こども1人あたりに
# 2万円` is `support` (a per-person grant; `1人あたり` a rate marker, no count; per null, as the earlier sets), a trap;
# the main item `「物価高対応子育て応援手当」で、3677億円` the row.
S = "supplementary_budget"
M = [
    amt(1, "3724億円", 372400000000, role=S), amt(1, "6479億円", 647900000000, role=S),
    amt(1, "2万円", 20000, role="support"), amt(1, "3677億円", 367700000000, role=S),
]
ROWS = [
    dict(line=1, text="3677億円", budget_yen=367700000000, fy=None, fy_alt=[2025], program="物価高対応子育て応援手当", role=S,
         why="the main item of こども家庭庁's 今年度の補正予算案 with its own figure"),
]
NOT_ROWS = [
    dict(line=1, text="3724億円", value_yen=372400000000, fy=None, mention_role=S, what="支援を強化するための費用など",
         reason="a sum of several measures (the hand-out and the support to 保育所 etc.), not one programme"),
    dict(line=1, text="6479億円", value_yen=647900000000, fy=None, mention_role=S, what="今年度の補正予算案 (こども家庭庁)",
         reason="the agency's supplementary total"),
    dict(line=1, text="2万円", value_yen=20000, fy=None, mention_role="support", what="こども1人あたりに2万円の給付",
         reason="a per-child grant size"),
]
