DOC = "akita_pref_hosei_tsuika_teian"
AMOUNTS = [
    (3, "40億円", 4000000000, 4000000000, "support", None),
    (6, "30億1,438万円", 3014380000, 3014380000, "supplementary_budget", None),
    (6, "6,286億5,184万円", 628651840000, 628651840000, "budget", None),
]
ROWS = []
NOT_ROWS = [
    dict(line=3, text="40億円", value_yen=4000000000, fy=None, mention_role="support", what="経営安定資金…40億円規模の融資枠", reason="the size of a loan facility (融資枠, like 事業規模), not a budget figure of a programme"),
    dict(line=6, text="30億1,438万円", value_yen=3014380000, fy=None, mention_role="supplementary_budget", what="一般会計補正額", reason="total of the whole supplementary budget"),
    dict(line=6, text="6,286億5,184万円", value_yen=628651840000, fy=None, mention_role="budget", what="補正後の総額", reason="general account total after the supplementary"),
]
