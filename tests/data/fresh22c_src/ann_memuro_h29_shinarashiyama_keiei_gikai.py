from kinds import amt, cnt, date, fyr, pct, trap, traps

DOC = "memuro_h29_shinarashiyama_keiei_gikai"
# 北海道芽室町議会's record (2018-06 by its address) of the report on めむろ新嵐山株式会社 (100% town-owned) for 平成29年度
# (the 第17期, 平成29年4月1日から平成30年3月31日: two dates). Money: 宿舎部門 `年度末売り上げ1億482万5,000円` and its change
# `対前年1,277万3,000円の増`, the whole `全体売り上げは2億1,610万2,000円` and its change `1,812万9,000円の増` — settled
# figures and changes, `other`, fy 2017, traps. Counts of guests and riders (`6,936名`, `968名`, `1万16名`); `今期が16年目`
# (an ordinal) and `第17期`, `報告第20号`, `日程第9`, page and line references, the law's article no mentions.
O = "other"
FY = 2017
M = [
    fyr(2, "平成29年度", 2017),
    fyr(3, "平成29年度", 2017),
    fyr(6, "平成29年度", 2017),
    date(8, "平成29年4月1日", "2017-04-01"),
    date(8, "平成30年3月31日", "2018-03-31"),
    pct(10, "100%", 100),
    date(10, "平成14年3月6日", "2002-03-06"),
    cnt(11, "6,936名", 6936, "名"),
    cnt(11, "968名", 968, "名"),
    cnt(13, "1万16名", 10016, "名"),
    trap(amt(13, "1億482万5,000円", 104825000, role=O, fy=FY), "めむろ新嵐山 宿舎部門 年度末売り上げ", "a settled revenue of a division"),
    trap(amt(13, "1,277万3,000円", 12773000, role=O, fy=FY), "宿舎部門 売り上げ 対前年増", "a change against the year before"),
    trap(amt(13, "2億1,610万2,000円", 216102000, role=O, fy=FY), "めむろ新嵐山 全体売り上げ", "a settled revenue total"),
    trap(amt(13, "1,812万9,000円", 18129000, role=O, fy=FY), "全体売り上げ 対前年増", "a change against the year before"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
