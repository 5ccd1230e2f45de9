from kinds import date, fyr

DOC = "ittai_r6_hosei_heijika_p6"
# 経済・財政一体改革推進委員会's 点検・検証(概要) for 経済財政諮問会議 (令和6年第3回, 4/2), page 6 as wic-net's text layer:
# `補正予算の平時化に向けた取組`, two paragraphs and a chart of the supplementary budgets for social security flattened one
# cell a line under `(兆円)`: every figure is a bare cell (`11.1`, `8.3`, `12.9`, `19.3` …, `その他(1.5)`,
# `公共事業関係費(1.4)`): no mentions (GUIDE; issue 22), and the axis `2016~19`, `20` … `23 (年度)` bare Gregorian years:
# no mentions (GUIDE). The text names `2023年度までに` (a fiscal year with まで: null..2023, at_most). `令和6年第3回`: the
# meeting's year, a date 2024; `4/2` its day (2024-04-02). A deck with no amount mention: it tests the precision on a
# council's chart of budget figures (arguable as a deck; NEW). Site header lines kept.
M = [
    date(2, "令和6年", "2024"),
    date(5, "令和6年", "2024"), date(5, "4/2", "2024-04-02"),
    fyr(14, "2023年度", None, 2023, q=("at_most",)),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
