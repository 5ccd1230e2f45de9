from kinds import fyr, pct

DOC = "hino_town_r5_kessan_shakkin_chokin"
# 滋賀県日野町's 広報ひの (2024年11月号, 令和5年度 決算報告 2): debt and savings explained in prose whose figures sat in
# charts (not stored), the 将来負担比率 down `7.4%` (a change, a percent), and the 早期健全化基準 `25%` and `350%` (thresholds,
# percents without qualifier: the values themselves). No amount; the phone number no mention.
M = [
    fyr(4, "令和5年度", 2023),
    pct(11, "7.4%", 7.4),
    pct(12, "25%", 25), pct(12, "350%", 350),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
