from kinds import cnt, date, pct

DOC = "keiher_gakucho_2025_sokuho"
# KEIアドバンス (河合塾グループ) report on its survey of university presidents: NO MONEY. Counts of universities and
# themes, a response rate, the survey months. `学長アンケート2025` is the survey's name (no date); `2024年度版` an
# edition label (no fiscal year); `2025年1月から2025年3月にかけて` two points; the roman-numbered themes are list
# numbers; `第二弾` an ordinal.
M = [
    date(2, "2025年1月", "2025-01"),
    date(3, "2025年1月", "2025-01"),
    date(3, "2025年3月", "2025-03"),
    cnt(6, "786校", 786, "校"),
    cnt(6, "345大学", 345, "大学"),
    pct(6, "43.9%", 43.9),
    cnt(6, "44校", 44, "校"),
    cnt(6, "53校", 53, "校"),
    cnt(6, "248校", 248, "校"),
    cnt(7, "6テーマ", 6, "テーマ"),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
