from kinds import amt, cnt, fyr, trap, traps

DOC = "hyogo_tochikosha_h30_jigyo_houkoku"
# 兵庫県土地開発公社's 平成30年度 事業報告書 (its own site, hyogokentkk.or.jp, `公社の概要`): what was done in the year
# (staff seconded to the prefecture's offices, land acquired and prepared for the prefecture, the state and towns),
# closed by the year's settled accounts `収益7,059百万円、費用6,954百万円、差引当期純利益105百万円`: results, not budgets
# (other, FY2018, traps: fresh11a). `最終2カ年行財政構造改革推進方策` is a plan's name (no duration: numbers inside
# names, NEW, arguable); `国道176号` a road's name; `@ A B C` the stored text's list marks (①-④ lost in the copy).
O = "other"
R = "the 公社's settled figure of 平成30年度 (決算): a result, not a budget"
M = [
    fyr(2, "平成30年度", 2018),
    fyr(4, "平成30年度", 2018),
    cnt(6, "11名", 11, "名"), cnt(6, "5土木事務所", 5, "土木事務所"),
    fyr(10, "平成30年度", 2018),
    trap(amt(10, "7,059百万円", 7059000000, role=O, fy=2018), "決算 収益", R),
    trap(amt(10, "6,954百万円", 6954000000, role=O, fy=2018), "決算 費用", R),
    trap(amt(10, "105百万円", 105000000, role=O, fy=2018), "差引当期純利益", R),
]
ROWS: list = []
NOT_ROWS = traps(M)
