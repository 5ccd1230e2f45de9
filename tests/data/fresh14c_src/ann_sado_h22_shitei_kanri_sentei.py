from kinds import amt, cnt, date, dur, trap, traps

DOC = "sado_h22_shitei_kanri_sentei"
# 佐渡市's 指定管理者 選定結果 (a copy of its page on a cloud host, path admin/bid/consign/20110128_a): the selection criteria
# with their points (`配点20点`, `100点満点`: counts of 点, GUIDE's counter list; NEW, arguable: scores written with 点),
# then 佐渡太鼓体験交流館's candidate, the steps (dates of 平成22年) and `指定管理料提案額:0円(2年間総額)`: the management fee
# the candidate proposed for the two years, `other` (a payment for a service, as a contract), fy null (the two years are not
# named), a trap; `2年間` a duration. The jury's points per member are bare table cells: no mentions. `60点に満たない`
# ..60 (at_most, as 未満). `公募番号22-1`, the address's `148番地1` are names. The last line is cut.
O = "other"
M = [
    cnt(3, "20点", 20, "点"), cnt(8, "20点", 20, "点"), cnt(13, "30点", 30, "点"), cnt(17, "30点", 30, "点"),
    cnt(20, "100点", 100, "点"), cnt(20, "60点", None, "点", hi=60, q=("at_most",)),
    cnt(30, "1団体", 1, "団体"),
    date(34, "平成22年9月22日", "2010-09-22"),
    date(35, "平成22年9月22日〜平成22年10月25日", "2010-09-22", "2010-10-25"),
    date(36, "平成22年10月4日", "2010-10-04"),
    date(37, "平成22年10月5日〜平成22年10月25日", "2010-10-05", "2010-10-25"),
    date(38, "平成22年11月5日", "2010-11-05"), cnt(38, "8名", 8, "名"),
    trap(amt(40, "0円", 0, role=O), "指定管理料提案額 (2年間総額)",
         "the management fee a candidate proposed for its two years, a contract-like price, not a budget"),
    dur(40, "2年間", 2, "year"),
    cnt(41, "20点", 20, "点"), cnt(41, "20点", 20, "点"), cnt(41, "30点", 30, "点"), cnt(41, "30点", 30, "点"),
    cnt(41, "100点", 100, "点"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
