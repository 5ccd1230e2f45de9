from kinds import amt, cnt, trap, traps

DOC = "nagano_kikin_unyo_shinsa_shogaku"
# 長野市's 監査委員: a review of three funds' operation (基金運用状況審査意見) as a document site (123deta) stores the PDF's
# text, with spaces after its commas (`120, 000, 000 円`): the method, the result, then 長野市奨学基金: its ceiling, its
# balance at the start and end of the year split into loans outstanding and cash, the year's deposit (a donation), the
# loans made and repaid, the overdue part. A fund's ceiling, balances and flows: `other` (the brief: a fund's balance),
# traps. The ceiling `基金積立の限度額  120, 000, 000 円`: a cap, at_most (min open, GUIDE: 上限-like). fy null on every
# amount: the stored text writes no year (`前年度末`, `決算年度中` are relative; the address's words name none; earlier
# calls: no year in the text, fy null). The comma-space numbers are one amount each (NEW, arguable: commas as thousands
# separators, the space a PDF artefact). `22 人`, `1 人`, `16 人` (after `延べ`, no qualifier) counts; `第 241 条` a law's
# article; `第3`, `第4` headings.
O = "other"
t = trap
F = "a scholarship fund's ceiling, balance or flow in a review of its operation: no budget"
M = [
    t(amt(13, "120, 000, 000 円", None, 120000000, role=O, q=("at_most",)), "奨学基金 基金積立の限度額", F),
    t(amt(14, "115, 912, 011 円", 115912011, role=O), "前年度末基金高", F),
    t(amt(14, "29, 741, 500 円", 29741500, role=O), "前年度末 運用高(貸付金未償還残高)", F),
    t(amt(15, "86, 170, 511 円", 86170511, role=O), "前年度末 現金高", F),
    t(amt(16, "12, 000 円", 12000, role=O), "決算年度中積立高", F),
    t(amt(17, "6, 090, 000 円", 6090000, role=O), "決算年度中運用高(貸付額)", F),
    t(amt(17, "3, 645, 500 円", 3645500, role=O), "決算年度中運用高(償還額)", F),
    t(amt(18, "115, 924, 011 円", 115924011, role=O), "決算年度末基金高", F),
    t(amt(18, "32, 186, 000 円", 32186000, role=O), "決算年度末 運用高(貸付金未償還残高)", F),
    t(amt(19, "83, 738, 011 円", 83738011, role=O), "決算年度末 現金高", F),
    t(amt(20, "12, 000 円", 12000, role=O), "決算年度中積立高 (篤志寄附金)", F),
    t(amt(21, "6, 090, 000 円", 6090000, role=O), "決算年度中運用高(貸付額) (23人への貸付)", F),
    cnt(21, "22 人", 22, "人"), cnt(21, "1 人", 1, "人"),
    t(amt(22, "2, 669, 000 円", 2669000, role=O), "償還期日の過ぎている未償還残高", F),
    cnt(22, "16 人", 16, "人"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
