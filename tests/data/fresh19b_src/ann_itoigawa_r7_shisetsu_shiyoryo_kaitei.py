from kinds import amt, date, fyr, pct, trap, traps

DOC = "itoigawa_r7_shisetsu_shiyoryo_kaitei"
# 新潟県糸魚川市's page announcing its facility-fee revision (put to the 令和7年度第5回 session): the last revision
# `令和元年度に消費増税分の5%増` (a rate of increase: a percent), applied `令和2年4月1日から`; the 令和6年度 settlement's
# fee revenue `約1億5,800万円` and the facilities' upkeep `約10億4,600万円` (settled figures: `other`, fy 2024, approx,
# traps), the shares `約15%` / `約85%`. `第3次`, `第5回` ordinals; the cut `[PDFファイル/1` no mention.
O = "other"
M = [
    fyr(3, "令和元年度", 2019),
    pct(3, "5%", 5),
    date(3, "令和2年4月1日", "2020-04-01"),
    fyr(5, "令和6年度", 2024),
    trap(amt(5, "1億5,800万円", 158000000, role=O, fy=2024, q=("approx",)), "令和6年度決算 施設使用料の総額",
         "a settled fee revenue, not a budget"),
    trap(amt(5, "10億4,600万円", 1046000000, role=O, fy=2024, q=("approx",)), "施設の維持管理経費 (令和6年度決算)",
         "a settled cost of the facilities, not a programme's budget"),
    pct(5, "15%", 15, q=("approx",)),
    pct(5, "85%", 85, q=("approx",)),
    fyr(7, "令和7年度", 2025),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
