from kinds import amt, cnt, fyr, pct, trap, traps

DOC = "tome_r6_yosan_gaiyo"
# 登米市's 広報 page (広報とめ 5月号, via mykoho) `令和6年度予算の概要`: totals and the 一般会計's revenue and spending by class in
# prose with their units; its three tables (`◇会計別予算額`, `◇一般会計歳入予算`, `◇一般会計歳出予算`) are images, absent from the
# text (only their titles remain). Every amount is FY2024 (the heading's 令和6年度). The whole budget, the 一般会計 total and
# the 款 totals (`民生費が134億199万円`, `教育費が71億9880万円`, the four classes' sum `80億7834万円`) `budget` traps (fresh25b:
# classes and groupings are traps); the change `21億6398万円の増` `other`; revenues by source and their sum `other` traps
# (fresh25b). `5つの特別会計`, `4つの企業会計` counts (つ); `約62%` a percent, approx. Not mentions: `(※1)` … `(※3)`.
B, O, FY = "budget", "other", 2024
M = [
    fyr(1, "令和6年度", FY),
    trap(amt(1, "861億4100万円", 86141000000, fy=FY), "令和6年度の全体予算", "the all-accounts total"),
    cnt(2, "5つ", 5, "つ"), cnt(2, "4つ", 4, "つ"),
    fyr(3, "令和6年度", FY),
    trap(amt(3, "461億4270万円", 46142700000, fy=FY), "一般会計予算額", "the general-account total"),
    trap(amt(3, "21億6398万円", 2163980000, role=O, fy=FY), "前年度に対する増", "a change of the account total"),
    trap(amt(5, "198億5755万円", 19857550000, role=O, fy=FY), "地方交付税などの交付金", "a revenue source"),
    trap(amt(5, "87億7185万円", 8771850000, role=O, fy=FY), "国・県支出金", "a revenue source"),
    trap(amt(5, "286億2940万円", 28629400000, role=O, fy=FY), "交付金と国・県支出金の合計", "a sum of revenue sources"),
    pct(5, "62%", 62, q=("approx",)),
    trap(amt(6, "134億199万円", 13401990000, fy=FY), "民生費", "a class (款) total"),
    trap(amt(6, "80億7834万円", 8078340000, fy=FY), "消防費・総務費・議会費の合計", "a sum of classes"),
    trap(amt(6, "71億9880万円", 7198800000, fy=FY), "教育費", "a class (款) total"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
