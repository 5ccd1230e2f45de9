from kinds import amt, cnt, date, dur, trap, traps

DOC = "shibetsu_r1_katei_gomi_yuryoka"
# 北海道士別市's page: household-waste charging from `令和元年10月1日` and the revised 粗大ごみ / direct-delivery fees.
# The table's cells, one per line, each with its own `円`: the fee per bag (`袋1枚あたりの手数料`: `60円`) and per
# set of ten (`袋10枚あたりの手数料 (店頭での販売価格)`: `600円`), and the five-bag set `675円(※5枚入)`. Fees: `other`,
# per null, fy null, traps. `4種類`, `10枚入り`, `5枚入り`, `(※5枚入)` counts; the headers' `袋1枚あたり` /
# `袋10枚あたり` rate markers and `1組` (a unit of sale) no mentions; the quoted dates `「令和元年10月1日」から
# 「令和元年11月30日」まで` two points (GUIDE: XからYまで) and `2か月間` a duration; `N リットル`, `10kg` physical units.
O = "other"
F = "a waste fee (a bag's or a set's price), not a programme's budget"


def fee(line: int, text: str, value: int, what: str) -> dict:
    return trap(amt(line, text, value, role=O), what, F)


M = [
    date(1, "令和元年10月1日", "2019-10-01"),
    cnt(2, "4種類", 4, "種類"),
    cnt(9, "10枚", 10, "枚"),
    cnt(9, "5枚", 5, "枚"),
    fee(18, "60円", 60, "一般ごみ 20リットル 1枚"),
    fee(19, "600円", 600, "一般ごみ 20リットル 10枚"),
    fee(21, "90円", 90, "一般ごみ 30リットル 1枚"),
    fee(22, "900円", 900, "一般ごみ 30リットル 10枚"),
    fee(25, "135円", 135, "一般ごみ 45リットル 1枚"),
    fee(26, "1,350円", 1350, "一般ごみ 45リットル 10枚"),
    fee(26, "675円", 675, "一般ごみ 45リットル 5枚入"),
    cnt(26, "5枚", 5, "枚"),
    fee(31, "21円", 21, "生ごみ 3リットル 1枚"),
    fee(32, "210円", 210, "生ごみ 3リットル 10枚"),
    fee(34, "42円", 42, "生ごみ 6リットル 1枚"),
    fee(35, "420円", 420, "生ごみ 6リットル 10枚"),
    fee(38, "84円", 84, "生ごみ 12リットル 1枚"),
    fee(39, "840円", 840, "生ごみ 12リットル 10枚"),
    fee(44, "15円", 15, "衛生ごみ 10リットル 1枚"),
    fee(45, "150円", 150, "衛生ごみ 10リットル 10枚"),
    fee(47, "30円", 30, "衛生ごみ 20リットル 1枚"),
    fee(48, "300円", 300, "衛生ごみ 20リットル 10枚"),
    fee(51, "45円", 45, "衛生ごみ 30リットル 1枚"),
    fee(52, "450円", 450, "衛生ごみ 30リットル 10枚"),
    fee(57, "60円", 60, "その他プラスチック 30リットル 1枚"),
    fee(58, "600円", 600, "その他プラスチック 30リットル 10枚"),
    fee(60, "90円", 90, "その他プラスチック 45リットル 1枚"),
    fee(61, "900円", 900, "その他プラスチック 45リットル 10枚"),
    date(62, "令和元年10月1日", "2019-10-01"),
    date(62, "令和元年11月30日", "2019-11-30"),
    dur(62, "2か月間", 2, "month"),
    date(63, "令和元年12月1日", "2019-12-01"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
