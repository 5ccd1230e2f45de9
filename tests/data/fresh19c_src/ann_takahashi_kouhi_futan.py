from kinds import amt, date, dur, trap, traps

DOC = "takahashi_kouhi_futan"
# 高梁市選挙管理委員会's page on the public funding of candidates' campaign costs (選挙公営): the city's caps (限度額,
# `N円以内`) per day for the campaign car, its hire, fuel and driver, and the poster's unit prices in the cap formula
# (`541円31銭`, `632円50銭`: yen with sen, 541.31 and 632.5). Caps: `support` (public money paid for a candidate),
# at_most, min null (GUIDE's 上限); the unit prices `support`, no qualifier. Per day is no per of the GUIDE: per null;
# `1日` in `1日N円以内` is part of the rate (fresh15c's `1か月`): no duration; `届け出日1日のみ` a duration of 1 day.
# No year is written for the money (the page's 掲載日 is 2023): fy null. `1円未満の端数` a rounding unit: no mention
# (fresh13c's same words, fresh6c; audit19c). Every amount a trap; `1枚あたり` a per unit; `0033559` a page id.
P = "support"
CAP = "a cap of the public funding per candidate (選挙公営の限度額)"
WHY = "a cap per candidate per day or per poster, no programme's budget"

M = [
    date(3, "2023年1月23日", "2023-01-23"),
    trap(amt(12, "6万4500円", None, 64500, role=P, q=("at_most",)), CAP, WHY),
    trap(amt(14, "1万6100円", None, 16100, role=P, q=("at_most",)), CAP, WHY),
    trap(amt(15, "7700円", None, 7700, role=P, q=("at_most",)), CAP, WHY),
    trap(amt(16, "1万2500円", None, 12500, role=P, q=("at_most",)), CAP, WHY),
    dur(17, "1日", 1, "day"),
    trap(amt(20, "541円31銭", 541.31, role=P), "the poster's printing unit price in the cap formula", WHY),
    trap(amt(20, "632円50銭", 632.5, role=P), "the poster's planning unit price in the cap formula", WHY),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
