from kinds import amt, date, dur, fyr, pct

DOC = "kanto_meti_h26_shisaku_setsumeikai"
# 関東経済産業局's slides for a 平成26年度 policy briefing (2015-03-03): 経済産業省's programmes, first ものづくり・商業・
# サービス革新補助金 under `平成26年度補正予算案額` / `1,020.4億円`: the programme's supplementary budget, `supplementary_budget`,
# fy 2014 (the label line above), no draft (`予算案` is not `（案）`, earlier sets), a row. `事業終了後5年以内` null..5 year,
# at_most; `3~5年計画` 3..5 year; `年率3%`, `年率1%` percents (growth targets). The slide title's `平成26年度` a fiscal year.
# Not mentions: the contents' list numbers and page references `P.2`…`P.13`, the bare page numbers `1`, `2`, the phone
# number `048-600-0236`.
M = [
    fyr(2, "平成26年度", 2014),
    date(5, "平成27年3月3日", "2015-03-03"),
    fyr(20, "平成26年度", 2014),
    amt(21, "1,020.4億円", 102040000000, role="supplementary_budget", fy=2014),
    dur(31, "5年", None, "year", 5, q=("at_most",)),
    dur(38, "3~5年", 3, "year", 5),
    pct(39, "3%", 3),
    pct(39, "1%", 1),
]
ROWS = [
    dict(line=21, text="1,020.4億円", budget_yen=102040000000, program="ものづくり・商業・サービス革新補助金", fy=2014,
         role="supplementary_budget", ministry="経済産業省",
         why="the programme's 平成26年度補正予算案額 on the line under its label"),
]
NOT_ROWS: list[dict] = []
