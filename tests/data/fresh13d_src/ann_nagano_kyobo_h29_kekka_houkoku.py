from kinds import amt, date, fyr, pct, trap, traps

DOC = "nagano_kyobo_h29_kekka_houkoku"
# 社会福祉法人長野県共同募金会's 平成29年度運動結果報告(公告) (its site): the campaign's receipts (`収入総額 441,955,143円`,
# then a `|` table of eight revenue lines and their `計`) and its allocation (`配分結果`: a `|` table of what goes to
# 市町村社会福祉協議会の事業, 社会福祉施設の整備, vehicles, … with each line's share). The title's `平成29年度` labels every
# figure (fy 2017). Every amount is a trap: the receipts are donations and other revenue collected (other; issue 22:
# revenue lines are not rows; the campaign is a result), the allocations are grants paid out to other bodies by
# category (support: money paid out, not the 共同募金会's programme budget; NEW, arguable, the role: `support` as
# toho's 給付額, `other` would be the other reading). The two ends of `平成29年10月1日から平成30年3月31日まで` are two
# dates (GUIDE); `(別表1)` … `(別表10)` are table names; the last line is cut after `300,000` (no unit: no mention).
# NEW, arguable: a 共同募金会 is taken in the shape (a statutory 社会福祉法人 collecting and allocating for 社協 and
# 施設; its money is donations, not taxes).
O, S = "other", "support"
R_REV = "the campaign's receipts (donations and other revenue collected): a result and a revenue line, not a budget"
R_PAY = "money allocated (paid out) to other bodies by category: a grant paid out, not a programme's budget"
M = [
    fyr(1, "平成29年度", 2017),
    date(2, "平成29年10月1日", "2017-10-01"), date(2, "平成30年3月31日", "2018-03-31"), date(2, "平成30年3月", "2018-03"),
    trap(amt(5, "441,955,143円", 441955143, role=O, fy=2017), "収入総額", R_REV),
    trap(amt(8, "404,027,271円", 404027271, role=O, fy=2017), "一般共同募金", R_REV),
    trap(amt(9, "12,881,663円", 12881663, role=O, fy=2017), "NHK歳末たすけあい募金", R_REV),
    trap(amt(10, "4,188,324円", 4188324, role=O, fy=2017), "前年度配分戻し入金", R_REV),
    trap(amt(11, "13,992,876円", 13992876, role=O, fy=2017), "緊急配分準備金", R_REV),
    trap(amt(12, "6,427,000円", 6427000, role=O, fy=2017), "災害等準備金取り崩し金", R_REV),
    trap(amt(13, "403,000円", 403000, role=O, fy=2017), "災害等準備金取り崩し配分戻入金", R_REV),
    trap(amt(14, "31,562円", 31562, role=O, fy=2017), "共同募金以外の寄付金", R_REV),
    trap(amt(15, "3,447円", 3447, role=O, fy=2017), "預金利息", R_REV),
    trap(amt(16, "441,955,143円", 441955143, role=O, fy=2017), "収入 計", R_REV),
    trap(amt(20, "270,217,213円", 270217213, role=S, fy=2017), "配分 市町村社会福祉協議会の事業に", R_PAY),
    pct(20, "61.1%", 61.1),
    trap(amt(21, "7,490,000円", 7490000, role=S, fy=2017), "配分 社会福祉施設の整備に", R_PAY), pct(21, "1.7%", 1.7),
    trap(amt(22, "15,120,000円", 15120000, role=S, fy=2017), "配分 送迎のための自動車購入事業に", R_PAY),
    pct(22, "3.4%", 3.4),
    trap(amt(23, "4,610,000円", 4610000, role=S, fy=2017), "配分 通院等移送用自動車購入事業に", R_PAY),
    pct(23, "1.0%", 1.0),
    trap(amt(24, "4,380,000円", 4380000, role=S, fy=2017), "配分 軽自動車購入事業に", R_PAY), pct(24, "1.0%", 1.0),
    trap(amt(25, "8,265,000円", 8265000, role=S, fy=2017), "配分 県社会福祉協議会の事業に", R_PAY),
    pct(25, "1.9%", 1.9),
    trap(amt(26, "25,954,000円", 25954000, role=S, fy=2017), "配分 防災等の事業に", R_PAY), pct(26, "5.9%", 5.9),
    trap(amt(27, "6,800,000円", 6800000, role=S, fy=2017), "配分 広域福祉活動団体の各種事業に", R_PAY),
    pct(27, "1.5%", 1.5),
]
ROWS: list = []
NOT_ROWS = traps(M)
