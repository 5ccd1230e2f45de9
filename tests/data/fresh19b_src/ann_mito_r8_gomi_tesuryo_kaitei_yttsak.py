from kinds import amt, cnt, date, trap, traps

DOC = "mito_r8_gomi_tesuryo_kaitei_yttsak"
# A household guide site's page on 茨城県水戸市's waste fees changing `令和8年4月1日から`: tables `| 種類 | 現在 |
# 令和8年4月から |` of bag prices (`| 20リットル | 150円 | 200円 |`), 粗大ごみ tickets (`500円` → `1,000円`), the
# direct-delivery fee per 10kg (`130円 | 170円`) and the appliance transport fee per unit (`2,000円 | 3,000円`). Each cell
# carries its own `円`, so each is a mention (not a bare cell under a header unit): the current and the new fee,
# `other`, per null, fy null (the header's `令和8年4月から` is a date, not a fiscal year), traps. `ー` (no current bag)
# no mention. The header `令和8年4月から` a date each time; `(1組10枚入り)` a count of 10 bags; `家電4品目` a count;
# `3辺の長さの合計` a count of 3 sides (a counted noun after a number); `3m`, `10kg`, `N リットル` physical units.
O = "other"
F = "a waste fee (current or revised price), not a programme's budget"


def fee(line: int, text: str, value: int, what: str) -> dict:
    return trap(amt(line, text, value, role=O), what, F)


M = [
    date(1, "令和8年4月1日", "2026-04-01"),
    date(3, "令和8年4月1日", "2026-04-01"),
    date(8, "令和8年4月", "2026-04"),
    fee(10, "100円", 100, "燃えるごみ 10リットル 現在"),
    fee(10, "100円", 100, "燃えるごみ 10リットル 改定後 (変更なし)"),
    fee(11, "150円", 150, "燃えるごみ 20リットル 現在"),
    fee(11, "200円", 200, "燃えるごみ 20リットル 改定後"),
    fee(12, "300円", 300, "燃えるごみ 30リットル (新規)"),
    fee(13, "300円", 300, "燃えるごみ 45リットル 現在"),
    fee(13, "450円", 450, "燃えるごみ 45リットル 改定後"),
    fee(14, "300円", 300, "燃えるごみ 処理券 現在"),
    fee(14, "450円", 450, "燃えるごみ 処理券 改定後"),
    date(19, "令和8年4月", "2026-04"),
    cnt(20, "10枚", 10, "枚"),
    fee(22, "100円", 100, "燃えないごみ 10リットル 現在"),
    fee(22, "100円", 100, "燃えないごみ 10リットル 改定後 (変更なし)"),
    fee(23, "150円", 150, "燃えないごみ 20リットル 現在"),
    fee(23, "200円", 200, "燃えないごみ 20リットル 改定後"),
    fee(24, "300円", 300, "燃えないごみ 45リットル 現在"),
    fee(24, "450円", 450, "燃えないごみ 45リットル 改定後"),
    fee(25, "300円", 300, "燃えないごみ 処理券 現在"),
    fee(25, "450円", 450, "燃えないごみ 処理券 改定後"),
    date(28, "令和8年4月", "2026-04"),
    cnt(31, "3辺", 3, "辺"),
    fee(32, "500円", 500, "粗大ごみ処理券 3m未満 現在"),
    fee(33, "1,000円", 1000, "粗大ごみ処理券 3m未満 改定後"),
    cnt(35, "3辺", 3, "辺"),
    fee(36, "1,000円", 1000, "粗大ごみ処理券 3m以上 現在"),
    fee(37, "2,000円", 2000, "粗大ごみ処理券 3m以上 改定後"),
    date(39, "令和8年4月", "2026-04"),
    fee(43, "130円", 130, "直接搬入手数料 10kg当たり 現在"),
    fee(43, "170円", 170, "直接搬入手数料 10kg当たり 改定後"),
    cnt(45, "4品目", 4, "品目"),
    date(47, "令和8年4月", "2026-04"),
    fee(49, "2,000円", 2000, "家電運搬手数料 1台当たり 現在"),
    fee(49, "3,000円", 3000, "家電運搬手数料 1台当たり 改定後"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
