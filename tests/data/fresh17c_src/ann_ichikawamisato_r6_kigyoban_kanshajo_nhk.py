from kinds import cnt, date, pct

DOC = "ichikawamisato_r6_kigyoban_kanshajo_nhk"
# NHK 甲府's item (address 2024/05/23) on 市川三郷町 (山梨県)'s letter of thanks to a company for its 企業版ふるさと納税 gift,
# with the town's count of last year's corporate gifts (`昨年度10件`) and the use (`子育て支援医療費事業`). No amount
# is written. `最大で寄付額の9割` null..90, at_most (GUIDE `最大４割引`); `22日` 2024-05-22 (the address's month and
# year: fresh10a); `10人`, `10件` counts; `0歳児から18歳まで` ages (no mention); `昨年度` relative (no mention).
M = [
    pct(4, "9割", None, 90, q=("at_most",)),
    date(5, "22日", "2024-05-22"), cnt(5, "10人", 10, "人"),
    cnt(7, "10件", 10, "件"),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
