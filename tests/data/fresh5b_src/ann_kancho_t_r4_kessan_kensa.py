from kinds import amt, cnt, date, dur, fyr, rank

DOC = "kancho_t_r4_kessan_kensa"
# 官庁通信's report (November 2023) on 会計検査院's 令和4年度決算検査報告: every amount is an audit finding
# (指摘金額) or its change: other, fy 2022 (the settlement year the report's title names); none is a budget and all
# are traps. `7日` takes the report's date (2023-11-07). `過去10年` a duration; `5番目に少なく`, `3番目に少なかった`
# ranks (a place in an ordering by size, fresh3 call). `12万5千余冊`, `3707万余枚` are counts, 余 → at_least.
# `4年度分` writes no era (no fiscal year).
O, FY = "other", 2022
M = [
    date(1, "7日", "2023-11-07"),
    fyr(1, "令和4年度", FY),
    fyr(1, "令和4年度", FY),
    cnt(1, "344件", 344, "件"),
    amt(1, "580億2214万円", 58022140000, role=O, fy=FY),
    cnt(1, "327件", 327, "件"),
    cnt(1, "15件", 15, "件"),
    cnt(1, "11件", 11, "件"),
    cnt(1, "4件", 4, "件"),
    cnt(1, "285件", 285, "件"),
    amt(1, "97億6375万円", 9763750000, role=O, fy=FY),
    cnt(1, "20件", 20, "件"),
    amt(1, "309億6072万円", 30960720000, role=O, fy=FY),
    cnt(1, "28件", 28, "件"),
    amt(1, "173億615万円", 17306150000, role=O, fy=FY),
    fyr(2, "令和4年度", FY),
    cnt(3, "34件", 34, "件"),
    amt(3, "125億円", 12500000000, role=O, fy=FY),
    dur(3, "10年", 10, "year"),
    rank(3, "5番目", 5),
    rank(3, "3番目", 3),
    cnt(5, "12万5千余冊", 125000, "冊", None, q=("at_least",)),
    cnt(5, "3707万余枚", 37070000, "枚", None, q=("at_least",)),
]
ROWS: list[dict] = []
NOT_ROWS = [
    dict(line=1, text=t, value_yen=v, fy=FY, mention_role=O, what=w, reason="audit finding (指摘金額), not a budget")
    for t, v, w in [("580億2214万円", 58022140000, "指摘金額 (総計)"), ("97億6375万円", 9763750000, "不当事項"),
                    ("309億6072万円", 30960720000, "意見表示・処置要求事項"), ("173億615万円", 17306150000, "処置済事項")]
] + [dict(line=3, text="125億円", value_yen=12500000000, fy=FY, mention_role=O, what="指摘金額の増加",
          reason="change of audit findings")]
