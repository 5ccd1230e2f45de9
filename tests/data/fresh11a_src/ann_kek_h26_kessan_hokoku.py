from kinds import amt, fyr

DOC = "kek_h26_kessan_hokoku"
# 高エネルギー加速器研究機構's 平成26年度 決算報告書 flattened into ONE line: labels, then the 予算額 / 決算額 / 差額
# cells under `(単位 百万円)` (bare: no mentions, the `△ 69` cells included), then the notes: `予算額に比して決算額が
# N百万円多額 / 少額` (differences: `other`, FY2014 from the title, traps). `69百万 円` keeps the stored space (the
# GUIDE's text is as written; matching drops spaces). `(注1)` … `(注10)`: no mentions.
O, FY = "other", 2014
M = [
    fyr(1, "平成26年度", FY),
    amt(1, "2,233百万円", 2233000000, role=O, fy=FY),
    amt(1, "69百万 円", 69000000, role=O, fy=FY),
    amt(1, "91百万円", 91000000, role=O, fy=FY),
]
ROWS: list[dict] = []
R = "a difference between the settlement and the budget, not a budget"
NOT_ROWS = [
    dict(line=1, text="2,233百万円", value_yen=2233000000, fy=FY, mention_role=O, what="運営費交付金 決算額が多額", reason=R),
    dict(line=1, text="69百万 円", value_yen=69000000, fy=FY, mention_role=O, what="施設整備費補助金 決算額が少額",
         reason=R + " (a shortfall written without a sign: the value as written)"),
    dict(line=1, text="91百万円", value_yen=91000000, fy=FY, mention_role=O, what="補助金等収入 決算額が多額", reason=R),
]
