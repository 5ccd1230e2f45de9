from kinds import amt, date, fyr

DOC = "niye_r7_kodomo_yume_niji"
# 独立行政法人国立青少年教育振興機構's 令和7年度子どもゆめ基金助成金 (二次募集) as a support centre lists it. The title's
# `令和7年度` scopes the caps: `上限600万円`, `上限200万円`, `上限100万円` by scale of activity are support, at_most,
# min null, fy 2025 (traps: grant caps). The grant period `2025年10月1日~2026年3月31日` is one date range; the
# deadline `2025年6月17日(火)` a point (no まで); `17:00` a clock time; `(1)`…`(4)` list markers; `二次` an ordinal.
SU, FY = "support", 2025
M = [
    fyr(1, "令和7年度", FY),
    date(20, "2025年10月1日~2026年3月31日", "2025-10-01", "2026-03-31"),
    amt(22, "600万円", None, 6000000, role=SU, fy=FY, q=("at_most",)),
    amt(23, "200万円", None, 2000000, role=SU, fy=FY, q=("at_most",)),
    amt(24, "100万円", None, 1000000, role=SU, fy=FY, q=("at_most",)),
    date(26, "2025年6月17日", "2025-06-17"),
]
ROWS: list[dict] = []
NOT_ROWS = [
    dict(line=22, text="600万円", value_yen=6000000, fy=FY, mention_role=SU, what="全国規模 上限", reason="grant cap"),
    dict(line=23, text="200万円", value_yen=2000000, fy=FY, mention_role=SU, what="都道府県規模 上限", reason="grant cap"),
    dict(line=24, text="100万円", value_yen=1000000, fy=FY, mention_role=SU, what="市区町村規模 上限", reason="grant cap"),
]
