from kinds import amt, cnt, dur, trap, traps

DOC = "saza_kouhi_futan"
# 佐々町 (長崎県) 選挙管理委員会's page on the public funding of campaign costs for the 町長 and 町議会 elections: a `|`
# table under the header `公費負担の限度額` with each cap written with its unit (`各日について 64,500円`, `7,700円 ×選挙
# 運動日数`): caps, `support`, at_most, min null (GUIDE's 上限 header), fy null (no year), per null (per day), traps.
# `1台`, `1人` (`1日につき1台に限る`) counts; `1日につき` a per unit; `5日間` a duration; `10分の1` a fraction; `1の契約`
# list numbers: none.
P = "support"
CAP, WHY = "a cap of the public funding per candidate (選挙公営の限度額)", "a cap per candidate per day, no programme's budget"

M = [
    cnt(10, "1台", 1, "台"),
    trap(amt(10, "64,500円", None, 64500, role=P, q=("at_most",)), CAP, WHY),
    cnt(11, "1台", 1, "台"),
    trap(amt(11, "16,100円", None, 16100, role=P, q=("at_most",)), CAP, WHY),
    trap(amt(12, "7,700円", None, 7700, role=P, q=("at_most",)), CAP, WHY),
    cnt(13, "1人", 1, "人"),
    trap(amt(13, "12,500円", None, 12500, role=P, q=("at_most",)), CAP, WHY),
    dur(14, "5日間", 5, "day"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
