from kinds import amt, date, dur

DOC = "chichibu_h23_chosha_shimin_kaigi"
# 秩父市's page reporting its 市役所本庁舎等建設市民会議's materials (第2回 of the series, 2011): the cost comparison of
# retrofitting or rebuilding the city hall and the civic hall, `表1` flattened one cell a line: each option's project
# cost `事業費(A) 41.8億円 (本庁舎 19.3億円 市民会館 22.5億円)` / `49億円 (本庁舎 20億円 市民会館 29億円)` (cost
# estimates: `other`, fy null, traps; the brief: a cost estimate is `other`), the national support each would draw
# `財政支援(B) 12.3億円` / `13.5億円` (`support`: a support figure, GUIDE's 支援額; an estimate; arguable, NEW), the net
# burden `(A)-(B) 29.5億円` / `35.5億円` and the gap `6億円の差` (`other`), the fund available `基金(積立金)は、平成23年9月末
# 時点で約25億円` (a fund balance: `other`, approx, fed 2011 as a date not a fiscal year: fy null; fresh8b/fresh9b's
# balances). `20年後` a duration. `第2回`, `第1回`, `表1`, `表2`: no mentions. No year names the costs: fy null.
O, S = "other", "support"
M = [
    amt(6, "6億円", 600000000, role=O),
    date(7, "平成23年9月", "2011-09"), amt(7, "25億円", 2500000000, role=O, q=("approx",)),
    amt(14, "41.8億円", 4180000000, role=O),
    amt(15, "19.3億円", 1930000000, role=O),
    amt(16, "22.5億円", 2250000000, role=O),
    amt(17, "49億円", 4900000000, role=O),
    amt(18, "20億円", 2000000000, role=O),
    amt(19, "29億円", 2900000000, role=O),
    amt(23, "12.3億円", 1230000000, role=S),
    amt(24, "13.5億円", 1350000000, role=S),
    amt(28, "29.5億円", 2950000000, role=O),
    amt(29, "35.5億円", 3550000000, role=O),
    dur(34, "20年", 20, "year"),
]
ROWS: list[dict] = []
CE = "a cost estimate of one option for the city hall (a council's comparison), not a budget"
SP = "the national support one option would draw (an estimate), not a budget of the year"
NB = "the city's net burden of one option (an estimate), not a budget"
NOT_ROWS = [
    dict(line=6, text="6億円", value_yen=600000000, fy=None, mention_role=O, what="実質的な負担額の差", reason="a difference of two estimates"),
    dict(line=7, text="25億円", value_yen=2500000000, fy=None, mention_role=O, what="基金(積立金) 平成23年9月末",
         reason="a fund balance available, not a budget"),
    dict(line=14, text="41.8億円", value_yen=4180000000, fy=None, mention_role=O, what="補強+大規模改修 事業費(A)", reason=CE),
    dict(line=15, text="19.3億円", value_yen=1930000000, fy=None, mention_role=O, what="補強 本庁舎", reason=CE),
    dict(line=16, text="22.5億円", value_yen=2250000000, fy=None, mention_role=O, what="補強 市民会館", reason=CE),
    dict(line=17, text="49億円", value_yen=4900000000, fy=None, mention_role=O, what="合築建て替え 事業費(A)", reason=CE),
    dict(line=18, text="20億円", value_yen=2000000000, fy=None, mention_role=O, what="建て替え 本庁舎", reason=CE),
    dict(line=19, text="29億円", value_yen=2900000000, fy=None, mention_role=O, what="建て替え 市民会館", reason=CE),
    dict(line=23, text="12.3億円", value_yen=1230000000, fy=None, mention_role=S, what="補強 財政支援(B)", reason=SP),
    dict(line=24, text="13.5億円", value_yen=1350000000, fy=None, mention_role=S, what="建て替え 財政支援(B)", reason=SP),
    dict(line=28, text="29.5億円", value_yen=2950000000, fy=None, mention_role=O, what="補強 実質的負担額", reason=NB),
    dict(line=29, text="35.5億円", value_yen=3550000000, fy=None, mention_role=O, what="建て替え 実質的負担額", reason=NB),
]
