from kinds import amt, cnt, date, trap, traps

DOC = "takeo_shomei_gomibukuro_neage_saga"
# 佐賀新聞's item: 佐賀県武雄市 raises its certificate fees (`200円から300円に`) and its bag prices (`1枚30円から40円に`,
# `17円から22円`, `154円から200円`) from `7月1日`, and from `9月` merges the business bags (`90リットル(154円)` … into
# `50リットル(110円)`). Every figure is a fee (a price per certificate or per bag): `other`, per null (no per-month or
# per-year price), fy null (the item names no fiscal year), a trap each (a fee is no programme's budget). The old and
# the new fee of `XからYに` are two amounts. The year of `7月1日` / `9月` is not written: 2017 from the article's place
# in 佐賀新聞's archive (arguable, see README). `1枚` (a rate marker), `35リットル` (volume), `2006年` a date, `9市` a count.
# Audit (audit19b): `7月1日` and `9月` left out: no year in the text or its address (fresh18a call 12, fresh19a 宍粟市).
O = "other"
F = "a fee (a price per certificate or per bag), not a programme's budget"
M = [
    trap(amt(3, "200円", 200, role=O), "交付手数料 (これまで)", F),
    trap(amt(3, "300円", 300, role=O), "交付手数料 (改定後)", F),
    date(3, "2006年", "2006"),
    cnt(3, "9市", 9, "市"),
    trap(amt(4, "30円", 30, role=O), "家庭用35リットル 1枚 (旧)", F),
    trap(amt(4, "40円", 40, role=O), "家庭用35リットル 1枚 (新)", F),
    trap(amt(4, "17円", 17, role=O), "20リットル (旧)", F),
    trap(amt(4, "22円", 22, role=O), "20リットル (新)", F),
    trap(amt(4, "154円", 154, role=O), "粗大ゴミステッカー (旧)", F),
    trap(amt(4, "200円", 200, role=O), "粗大ゴミステッカー (新)", F),
    trap(amt(5, "154円", 154, role=O), "事業者専用 90リットル (現在)", F),
    trap(amt(5, "123円", 123, role=O), "事業者専用 70リットル (現在)", F),
    trap(amt(5, "82円", 82, role=O), "事業者専用 45リットル (現在)", F),
    cnt(5, "3種", 3, "種"),
    trap(amt(5, "110円", 110, role=O), "事業者専用 50リットル (一本化後)", F),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
