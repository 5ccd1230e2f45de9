from kinds import amt, date, fyr, pct, trap, traps

DOC = "nosai_2020_maff_gaisan"
# 農林水産省's 2020年度 概算要求 as NOSAI's paper reports it: budget FY2020. `総額は…2兆7307億円` a trap; `30億円増`
# an increase, `other`, a trap. Rows: `水田活用の直接支払交付金`'s `19年度当初予算と同額の3215億円` (the same as the
# previous year, but no previous figure is written: no previous_budget_yen), `農業農村整備事業関係予算` `5388億円` (a
# named programme group, as fresh24a's 森林整備事業), `収入保険制度の実施` `149億円`, `消費・安全対策交付金` `50億円`.
# `8月30日` 2019-08-30 (the request's filing, the year before the budget's). Era-less `19年度`, two-digit `19年1月` no
# mentions (GUIDE); `(2面・総合)` a page reference.
B, O, FY, MIN = "budget", "other", 2020, "農林水産省"
M = [
    date(1, "8月30日", "2019-08-30"), fyr(1, "2020年度", FY), pct(1, "18.2%", 18.2),
    trap(amt(1, "2兆7307億円", 2730700000000, fy=FY), "総額", "the ministry's request total"),
    amt(1, "3215億円", 321500000000, fy=FY), pct(1, "22.0%", 22.0), amt(1, "5388億円", 538800000000, fy=FY),
    amt(1, "149億円", 14900000000, fy=FY),
    trap(amt(1, "30億円", 3000000000, role=O, fy=FY), "30億円増", "an increase"), amt(1, "50億円", 5000000000, fy=FY),
]
ROWS = [
    dict(line=1, text="3215億円", budget_yen=321500000000, fy=FY, program="水田活用の直接支払交付金", role=B, ministry=MIN,
         why="`「name」は…3215億円を計上`"),
    dict(line=1, text="5388億円", budget_yen=538800000000, fy=FY, program="農業農村整備事業関係予算", aliases=["農業農村整備事業"],
         role=B, ministry=MIN, why="a named programme group with its requested figure"),
    dict(line=1, text="149億円", budget_yen=14900000000, fy=FY, program="収入保険制度の実施", role=B, ministry=MIN,
         why="`「name」は…149億円を盛り込んだ`"),
    dict(line=1, text="50億円", budget_yen=5000000000, fy=FY, program="消費・安全対策交付金", role=B, ministry=MIN,
         why="`「name」は、30億円増の50億円`"),
]
NOT_ROWS = traps(M)
