DOC = "kakamigahara_r6_tosho_juten"
F = 2024
AMOUNTS = [
    (4, "48.2億円", 4820000000, 4820000000, "other", F),
    (4, "636.5億円", 63650000000, 63650000000, "budget", F),
    (8, "4億4,659万円", 446590000, 446590000, "budget", F),
]
ROWS = [dict(line=8, text="4億4,659万円", fy=F, role="budget", budget_yen=446590000, program="水質改善対策事業",
             why="◇ item line: name before the colon, amount after it; fy and role from the lead-in 令和6年度当初予算は (line 1)")]
NOT_ROWS = [
    dict(line=4, text="48.2億円", value_yen=4820000000, fy=F, mention_role="other", what="前年度当初予算と比べ+48.2億円", reason="year-on-year change of the general account, neither a budget nor a previous budget"),
    dict(line=4, text="636.5億円", value_yen=63650000000, fy=F, mention_role="budget", what="一般会計当初予算額", reason="general account total"),
]
