from kinds import cnt, pct

DOC = "fukushima_cgc_hosho_seido"
# 福島県信用保証協会's list of its guarantee schemes (cut by the length limit before the first table's figures): `9段階` a count
# of 段階, the discount `年0.1%` three times (percents). Scheme names (`セーフティネット保証制度`, `東日本大震災復興緊急保証`) and the
# list marks `@`, `A`, `B` no mentions. No amounts.
M = [
    cnt(16, "9段階", 9, "段階"),
    pct(17, "0.1%", 0.1),
    pct(17, "0.1%", 0.1),
    pct(17, "0.1%", 0.1),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
