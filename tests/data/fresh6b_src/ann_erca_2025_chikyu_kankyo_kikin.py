from kinds import amt, date, fyr

DOC = "erca_2025_chikyu_kankyo_kikin"
# 独立行政法人環境再生保全機構's 地球環境基金 grant call for 2025年度, as a support centre's listing (三重県, mie-npo.net)
# shows it (the stored text starts inside the page). The deadline `2024年 12月 02日` is a point (no まで). The
# `2025年度募集案内` names the call's fiscal year (kept, as attached-file labels). The grant ranges are support
# (GUIDE: per-project grants), traps: `基礎型 50 万円~200 万円` and `発展型 200 万円~600 万円` fy 2025 (the call's
# year; the text contrasts them with `2026 年度以降`), `(2026 年度以降は 200 万円~800 万円)` fy 2026 and its fiscal
# year 2026..null, at_least. No amount has a per (no `/年` in this part of the text). `①②③`, `a.`…`k.`, `P8` are no mentions.
SU = "support"
M = [
    date(2, "2024年 12月 02日", "2024-12-02"),
    fyr(5, "2025年度", 2025),
    amt(6, "50 万円~200 万円", 500000, 2000000, role=SU, fy=2025),
    amt(6, "200 万円~600 万円", 2000000, 6000000, role=SU, fy=2025),
    fyr(6, "2026 年度", 2026, None, q=("at_least",)),
    amt(6, "200 万円~800 万円", 2000000, 8000000, role=SU, fy=2026),
]
ROWS: list[dict] = []
NOT_ROWS = [
    dict(line=6, text="50 万円~200 万円", value_yen=500000, fy=2025, mention_role=SU, what="通常助成 基礎型 の助成金額",
         reason="grant size range per project"),
    dict(line=6, text="200 万円~600 万円", value_yen=2000000, fy=2025, mention_role=SU, what="発展型 の助成金額",
         reason="grant size range per project"),
    dict(line=6, text="200 万円~800 万円", value_yen=2000000, fy=2026, mention_role=SU, what="発展型 (2026年度以降)",
         reason="grant size range per project, a later year"),
]
