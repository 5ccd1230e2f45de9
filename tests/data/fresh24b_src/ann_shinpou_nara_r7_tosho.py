from kinds import amt, cnt, date, fyr, pct, trap, traps

DOC = "shinpou_nara_r7_tosho"
# 奈良県's 令和7年度当初予算案 (山下真知事) in a construction paper: every amount fy 2025. 一般会計 (`約5637億円` in the headline,
# approx; `5636億5700万円`) `budget`, traps; 普通建設事業費 `other` (a split by kind of expense), traps; the savings of the
# review (`効果額2億5700万円`, `効果額11億8200万円`, `予算減7億4400万円`) `other` (effects, not appropriations), traps; no rows.
# Counts `43事業`, `65事業`, `40事業`. The era-less `6年度`, `7年度` no mentions (fresh4); `2・7倍` a ratio; `2025.2.20` a
# dotted date (GUIDE).
B, O, FY = "budget", "other", 2025
M = [
    trap(amt(2, "5637億円", 563700000000, role=B, fy=FY, q=("approx",)), "一般会計 (見出し)", "account total"),
    fyr(2, "令和7年度", FY),
    trap(amt(2, "877億円", 87700000000, role=O, fy=FY, q=("approx",)), "普通建設事業費 (見出し)", "split by kind of expense"),
    date(3, "2025.2.20", "2025-02-20"),
    trap(amt(4, "5636億5700万円", 563657000000, role=B, fy=FY), "一般会計", "account total"),
    fyr(4, "令和7年度", FY), pct(4, "3・6%", 3.6),
    trap(amt(4, "877億800万円", 87708000000, role=O, fy=FY), "普通建設事業費", "split by kind of expense"),
    pct(4, "0・6%", 0.6),
    cnt(6, "43事業", 43, "事業"),
    trap(amt(6, "2億5700万円", 257000000, role=O, fy=FY), "事業の廃止 効果額", "a saving, not an appropriation"),
    cnt(6, "65事業", 65, "事業"),
    trap(amt(6, "11億8200万円", 1182000000, role=O, fy=FY), "事業の見直し 効果額", "a saving, not an appropriation"),
    cnt(6, "40事業", 40, "事業"),
    trap(amt(6, "7億4400万円", 744000000, role=O, fy=FY), "事業の完了等 予算減", "a saving, not an appropriation"),
]
ROWS: list[dict[str, object]] = []
NOT_ROWS = traps(M)
