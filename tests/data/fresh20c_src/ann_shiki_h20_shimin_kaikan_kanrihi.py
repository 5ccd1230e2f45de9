from kinds import amt, date, fyr, trap, traps

DOC = "shiki_h20_shimin_kaikan_kanrihi"
# 埼玉県志木市's page on two facilities' running costs and income in the 平成20年度 settled accounts: the civic hall run by
# a designated manager (`委託料 その他 合計` / `4,670万 8万 4,678万`), the library hall run directly (eight cost cells in
# one line, `1億6,569万` their total) and the income (`市民会館 0万 409万 409万`). The cells carry their own `万` without
# 円: amounts (fresh2 / fresh4: `N億N万` without 円 in a money list; fresh17e's `N億`). A settlement is `other` (fresh3),
# fy 2008 from the title's `平成20年度決算` (GUIDE: the title labels the whole document). No rows; every amount a trap
# (settled costs, income and their totals). `0万` is an amount of 0. `ページID:0001877` no mention.
O = "other"
K = "settled cost (平成20年度決算)"
R = "settled income (平成20年度決算)"


def _a(line: int, text: str, yen: int, what: str, why: str) -> dict:
    return trap(amt(line, text, yen, role=O, fy=2008), what, why)


M = [
    fyr(2, "平成20年度", 2008),
    fyr(4, "平成20年度", 2008),
    date(5, "2022年9月12日", "2022-09-12"),
    _a(13, "4,670万", 46700000, "市民会館 委託料 (指定管理)", K),
    _a(13, "8万", 80000, "市民会館 その他", K),
    _a(13, "4,678万", 46780000, "市民会館 合計", K),
    _a(23, "6,189万", 61890000, "いろは遊学館 人件費", K),
    _a(23, "1,634万", 16340000, "いろは遊学館 業務委託料", K),
    _a(23, "392万", 3920000, "いろは遊学館 光熱水費", K),
    _a(23, "1,253万", 12530000, "いろは遊学館 臨時職員賃金", K),
    _a(23, "560万", 5600000, "いろは遊学館 図書購入費", K),
    _a(23, "5,525万", 55250000, "いろは遊学館 公債費", K),
    _a(23, "1,016万", 10160000, "いろは遊学館 その他", K),
    _a(23, "1億6,569万", 165690000, "いろは遊学館 合計", K),
    _a(30, "0万", 0, "市民会館 使用料・手数料", R),
    _a(30, "409万", 4090000, "市民会館 その他収入", R),
    _a(30, "409万", 4090000, "市民会館 収入合計", R),
    _a(31, "283万", 2830000, "いろは遊学館・図書館 使用料・手数料", R),
    _a(31, "67万", 670000, "いろは遊学館・図書館 その他収入", R),
    _a(31, "350万", 3500000, "いろは遊学館・図書館 収入合計", R),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
