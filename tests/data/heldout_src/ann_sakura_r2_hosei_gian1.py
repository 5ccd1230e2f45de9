DOC = "sakura_r2_hosei_gian1"
F = 2020
AMOUNTS = [
    (6, "12億5,184万3,000円", 1251843000, 1251843000, "supplementary_budget", F),
    (6, "703億7,813万9,000円", 70378139000, 70378139000, "budget", F),
]
ROWS = []
NOT_ROWS = [
    dict(line=6, text="12億5,184万3,000円", value_yen=1251843000, fy=F, mention_role="supplementary_budget", what="歳入歳出それぞれ…を増額", reason="total of the whole supplementary budget"),
    dict(line=6, text="703億7,813万9,000円", value_yen=70378139000, fy=F, mention_role="budget", what="補正後予算額", reason="general account total after this supplementary"),
]
