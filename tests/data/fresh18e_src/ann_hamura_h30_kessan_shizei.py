from kinds import amt, dur, fyr, pct, trap, traps

DOC = "hamura_h30_kessan_shizei"
# 東京都羽村市's page on its 平成30年度 一般会計決算, the 歳入 part: the 歳入総額 and the 市税 by tax with their changes on the
# year before, then the 款別 table (cells bare, no unit written anywhere on the page: no mentions, GUIDE's bare cells).
# Every amount is revenue of the settled account or its change: `other` (fresh9b: 歳入総額 `other`; fresh5a / fresh16b:
# revenues and their changes `other`), traps. fy 2018: the prose names no year, but the table under it sets 平成30年度
# against 平成29年度 and carries the same figures (市税 10,523,849 千円 = `105億2,385万円`): NEW, arguable (a reader could
# keep null, 9 fy). `3年ごと` (評価替え) a duration of 3 years (fresh12b's `3年毎`). `1.7ポイント` no mention (points: an
# earlier set's settlement table); the bare table cells (`10,523,849`, `2.6`, `△ 11.3`) no mentions.
O = "other"
R = "tax revenue or a change of revenue in a settled account (決算), not a programme's budget"


def o(line: int, text: str, v: int, what: str) -> dict:
    return trap(amt(line, text, v, role=O, fy=2018), what, R)


M = [
    o(1, "231億3,115万円", 23131150000, "歳入総額 (決算)"), o(1, "2億9,225万円", 292250000, "歳入総額 前年度比 減"),
    pct(1, "1.2%", 1.2),
    o(2, "105億2,385万円", 10523850000, "市税収入"), o(2, "2億7,142万円", 271420000, "市税収入 対前年度比 増"),
    pct(2, "2.6%", 2.6),
    o(3, "1,640万円", 16400000, "市民税個人分 前年度比 増"), pct(3, "0.5%", 0.5),
    o(3, "2億9,753万円", 297530000, "市民税法人分 前年度比 増"), pct(3, "45.1%", 45.1),
    dur(4, "3年", 3, "year"),
    o(4, "2,243万円", 22430000, "固定資産税 前年度比 減"), pct(4, "0.5%", 0.5),
    o(5, "514万円", 5140000, "軽自動車税 前年度比 増"), pct(5, "5.9%", 5.9),
    o(6, "2,346万円", 23460000, "市たばこ税 前年度比 減"), pct(6, "5.6%", 5.6),
    pct(7, "45.5%", 45.5),
    fyr(8, "平成30年度", 2018), fyr(8, "平成29年度", 2017),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
